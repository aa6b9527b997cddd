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
  X(EncodingWarning, "EncodingWarning", Warning)

struct BuiltinTypes {
  // Core types, created bare by the VM; builtins/ installs their behaviour.
  Type* type = nullptr;
  Type* object = nullptr;
  Type* none = nullptr;
  Type* not_implemented = nullptr;
  Type* ellipsis = nullptr;
  Type* bool_ = nullptr;
  Type* int_ = nullptr;
  Type* float_ = nullptr;
  Type* complex = nullptr;
  Type* str = nullptr;
  Type* bytes = nullptr;
  Type* bytearray = nullptr;
  Type* tuple = nullptr;
  Type* list = nullptr;
  Type* dict = nullptr;
  Type* set = nullptr;
  Type* frozenset = nullptr;
  Type* range = nullptr;
  Type* slice = nullptr;
  Type* function = nullptr;
  Type* native_function = nullptr;
  Type* typed_function = nullptr;  // Mojo fn (vm/typed_function.h)
  Type* bound_method = nullptr;
  Type* cell = nullptr;
  Type* code = nullptr;
  Type* module = nullptr;
  Type* traceback = nullptr;
  Type* shape = nullptr;  // hidden classes of instances (vm/instance.h)
  Type* generator = nullptr;
  Type* coroutine = nullptr;  // same layout as generator (GeneratorObject)
  Type* coroutine_wrapper = nullptr;
  Type* async_generator = nullptr;  // same layout as generator (GeneratorObject)
  // Installed by builtins/.
  Type* iterator = nullptr;        // iteration through __getitem__
  Type* range_iterator = nullptr;  // vm/iterator_objects.h, stepped inline by ForIterRange
  Type* list_iterator = nullptr;   // vm/iterator_objects.h, stepped inline by ForIterList
  Type* super = nullptr;
  Type* property = nullptr;
  Type* classmethod = nullptr;
  Type* staticmethod = nullptr;
  Type* generic_alias = nullptr;
  Type* union_type = nullptr;
  Type* async_generator_asend = nullptr;  // the awaitables of async generator steps
  Type* async_generator_athrow = nullptr;
  // ember.ResourceLimitError(BaseException): a step budget, time limit or host interrupt
  // stopped the program (not a builtins name).
  Type* ResourceLimitError = nullptr;

#define EMBER_EXCEPTION_FIELD(field, name, parent) Type* field = nullptr;
  EMBER_EXCEPTION_TYPES(EMBER_EXCEPTION_FIELD)
#undef EMBER_EXCEPTION_FIELD
};

}  // namespace ember
