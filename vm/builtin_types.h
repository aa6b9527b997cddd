// The VM's table of built-in types, created at start-up (vm/bootstrap.cpp creates the bare
// types; builtins/ fills in their slots and methods).
#pragma once

namespace ember {

struct Type;

// Every built-in exception class, in CPython's hierarchy order (parent before child).
// X(field, python_name, parent_field)
#define EMBER_EXCEPTION_TYPES(X)                                       \
  X(BaseException, "BaseException", object)                            \
  X(SystemExit, "SystemExit", BaseException)                           \
  X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)             \
  X(GeneratorExit, "GeneratorExit", BaseException)                     \
  X(Exception, "Exception", BaseException)                             \
  X(StopIteration, "StopIteration", Exception)                         \
  X(StopAsyncIteration, "StopAsyncIteration", Exception)               \
  X(ArithmeticError, "ArithmeticError", Exception)                     \
  X(FloatingPointError, "FloatingPointError", ArithmeticError)         \
  X(OverflowError, "OverflowError", ArithmeticError)                   \
  X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)           \
  X(AssertionError, "AssertionError", Exception)                       \
  X(AttributeError, "AttributeError", Exception)                       \
  X(BufferError, "BufferError", Exception)                             \
  X(EOFError, "EOFError", Exception)                                   \
  X(ImportError, "ImportError", Exception)                             \
  X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)           \
  X(LookupError, "LookupError", Exception)                             \
  X(IndexError, "IndexError", LookupError)                             \
  X(KeyError, "KeyError", LookupError)                                 \
  X(MemoryError, "MemoryError", Exception)                             \
  X(NameError, "NameError", Exception)                                 \
  X(UnboundLocalError, "UnboundLocalError", NameError)                 \
  X(OSError, "OSError", Exception)                                     \
  X(BlockingIOError, "BlockingIOError", OSError)                       \
  X(ChildProcessError, "ChildProcessError", OSError)                   \
  X(ConnectionError, "ConnectionError", OSError)                       \
  X(BrokenPipeError, "BrokenPipeError", ConnectionError)               \
  X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
  X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
  X(ConnectionResetError, "ConnectionResetError", ConnectionError)     \
  X(FileExistsError, "FileExistsError", OSError)                       \
  X(FileNotFoundError, "FileNotFoundError", OSError)                   \
  X(InterruptedError, "InterruptedError", OSError)                     \
  X(IsADirectoryError, "IsADirectoryError", OSError)                   \
  X(NotADirectoryError, "NotADirectoryError", OSError)                 \
  X(PermissionError, "PermissionError", OSError)                       \
  X(ProcessLookupError, "ProcessLookupError", OSError)                 \
  X(TimeoutError, "TimeoutError", OSError)                             \
  X(ReferenceError, "ReferenceError", Exception)                       \
  X(RuntimeError, "RuntimeError", Exception)                           \
  X(NotImplementedError, "NotImplementedError", RuntimeError)          \
  X(RecursionError, "RecursionError", RuntimeError)                    \
  X(SyntaxError, "SyntaxError", Exception)                             \
  X(IndentationError, "IndentationError", SyntaxError)                 \
  X(TabError, "TabError", IndentationError)                            \
  X(SystemError, "SystemError", Exception)                             \
  X(TypeError, "TypeError", Exception)                                 \
  X(ValueError, "ValueError", Exception)                               \
  X(UnicodeError, "UnicodeError", ValueError)                          \
  X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)            \
  X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)            \
  X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError)      \
  X(Warning, "Warning", Exception)                                     \
  X(DeprecationWarning, "DeprecationWarning", Warning)                 \
  X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning)   \
  X(RuntimeWarning, "RuntimeWarning", Warning)                         \
  X(SyntaxWarning, "SyntaxWarning", Warning)                           \
  X(UserWarning, "UserWarning", Warning)                               \
  X(FutureWarning, "FutureWarning", Warning)                           \
  X(ImportWarning, "ImportWarning", Warning)                           \
  X(UnicodeWarning, "UnicodeWarning", Warning)                         \
  X(BytesWarning, "BytesWarning", Warning)                             \
  X(ResourceWarning, "ResourceWarning", Warning)                       \
  X(EncodingWarning, "EncodingWarning", Warning)                       \
  /* Mojo's Error, what fn code raises; not a Python builtin */        \
  X(MojoError, "Error", Exception)

// The VM's own types, one field each in BuiltinTypes; every one is a root of the collector
// (a type no live object points to must survive: the VM makes instances of it later).
#define EMBER_CORE_TYPES(X)                                                                  \
  /* Core types, created bare by the VM; builtins/ installs their behaviour. */              \
  X(type)                                                                                    \
  X(object)                                                                                  \
  X(none)                                                                                    \
  X(not_implemented)                                                                         \
  X(ellipsis)                                                                                \
  X(bool_)                                                                                   \
  X(int_)                                                                                    \
  X(float_)                                                                                  \
  X(complex)                                                                                 \
  X(str)                                                                                     \
  X(bytes)                                                                                   \
  X(bytearray)                                                                               \
  X(tuple)                                                                                   \
  X(list)                                                                                    \
  X(dict)                                                                                    \
  X(set)                                                                                     \
  X(frozenset)                                                                               \
  X(range)                                                                                   \
  X(slice)                                                                                   \
  X(function)                                                                                \
  X(native_function)                                                                         \
  X(typed_function) /* Mojo fn (vm/typed_function.h) */                                      \
  X(typed_list)     /* Mojo List[T] of fn code (vm/typed_list.h) */                          \
  X(bound_method)                                                                            \
  X(cell)                                                                                    \
  X(code)                                                                                    \
  X(module)                                                                                  \
  X(traceback)                                                                               \
  X(shape) /* hidden classes of instances (vm/instance.h) */                                 \
  X(generator)                                                                               \
  X(coroutine) /* same layout as generator (GeneratorObject) */                              \
  X(coroutine_wrapper)                                                                       \
  X(async_generator) /* same layout as generator (GeneratorObject) */                        \
  /* Installed by builtins/. */                                                              \
  X(iterator)       /* iteration through __getitem__ */                                      \
  X(range_iterator) /* vm/iterator_objects.h, stepped inline by ForIterRange */              \
  X(list_iterator)  /* vm/iterator_objects.h, stepped inline by ForIterList */               \
  X(zip)            /* vm/iterator_objects.h, stepped by JIT traces */                       \
  /* Iterators made by every loop over their owner: kept here, not looked up by name. */     \
  X(tuple_iterator)                                                                          \
  X(set_iterator)                                                                            \
  X(str_iterator)                                                                            \
  X(str_ascii_iterator)                                                                      \
  X(super)                                                                                   \
  X(property)                                                                                \
  X(classmethod)                                                                             \
  X(staticmethod)                                                                            \
  X(generic_alias)                                                                           \
  X(union_type)                                                                              \
  X(async_generator_asend) /* the awaitables of async generator steps */                     \
  X(async_generator_athrow)                                                                  \
  /* ember.ResourceLimitError(BaseException): a step budget, time limit or host interrupt */ \
  /* stopped the program (not a builtins name). */                                           \
  X(ResourceLimitError)

struct BuiltinTypes {
#define EMBER_CORE_TYPE_FIELD(field) Type* field = nullptr;
  EMBER_CORE_TYPES(EMBER_CORE_TYPE_FIELD)
#undef EMBER_CORE_TYPE_FIELD
#define EMBER_EXCEPTION_FIELD(field, name, parent) Type* field = nullptr;
  EMBER_EXCEPTION_TYPES(EMBER_EXCEPTION_FIELD)
#undef EMBER_EXCEPTION_FIELD
};

}  // namespace ember
