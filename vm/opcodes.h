// The register bytecode: every opcode and its exact meaning.
#pragma once
#include <cstdint>

namespace ember {

// Notation: R[i] is register i of the current frame (locals first, then temporaries);
// K[i] is constant i of the code object; N[i] is name i (an interned str); "undefined" is
// Value::undefined(), the mark of an unbound local or empty cell. `a`, `b`, `c` are 16-bit
// operands, `x` the 8-bit extra operand and `bc`/`sbc` the 32-bit (signed) operand b|c<<16.
// Jump offsets count instructions and are relative to the instruction after the jump (and
// after its AUX word, if any). Calls leave their result in R[a], the callee's register, so
// the callee and its arguments occupy consecutive registers. LoadGlobal, LoadAttr, StoreAttr
// and LoadMethod are followed by an AUX word holding their inline-cache index (see
// vm/inline_cache.h).

// Fused pairs for typed code: the opcode first_second replaces `first` where `second`
// follows it (vm/typed_fusion.h). It runs both in one dispatch, the second instruction's
// operands read from the instruction after it, which stays in place so that jumps to it
// still work; where the second reads the first's destination, the value does not make the
// trip through memory. Chosen from the pairs the typed benchmarks execute most.
// clang-format off
#define EMBER_FUSED_PAIRS(X, P) \
  P(X, AddF64, AddF64) P(X, AddF64, SubF64) P(X, AddF64, MulF64) P(X, AddF64, DivF64) \
  P(X, SubF64, AddF64) P(X, SubF64, SubF64) P(X, SubF64, MulF64) P(X, SubF64, DivF64) \
  P(X, MulF64, AddF64) P(X, MulF64, SubF64) P(X, MulF64, MulF64) P(X, MulF64, DivF64) \
  P(X, DivF64, AddF64) P(X, DivF64, SubF64) P(X, DivF64, MulF64) P(X, DivF64, DivF64) \
  P(X, AddF64, JumpLtF64) P(X, AddF64, JumpLeF64) P(X, AddF64, JumpGtF64) \
  P(X, AddF64, JumpGeF64) P(X, SubF64, JumpLtF64) P(X, SubF64, JumpLeF64) \
  P(X, SubF64, JumpGtF64) P(X, SubF64, JumpGeF64) \
  P(X, AddI64, AddI64) P(X, AddI64, SubI64) P(X, AddI64, MulI64) P(X, SubI64, AddI64) \
  P(X, SubI64, SubI64) P(X, SubI64, MulI64) P(X, MulI64, AddI64) P(X, MulI64, SubI64) \
  P(X, MulI64, MulI64) \
  P(X, AddI64, JumpLtI64) P(X, AddI64, JumpLeI64) P(X, AddI64, JumpEqI64) \
  P(X, AddI64, JumpNeI64) P(X, AddI64, JumpGtI64) P(X, AddI64, JumpGeI64) \
  P(X, SubI64, JumpLtI64) P(X, SubI64, JumpLeI64) P(X, SubI64, JumpEqI64) \
  P(X, SubI64, JumpNeI64) P(X, SubI64, JumpGtI64) P(X, SubI64, JumpGeI64) \
  P(X, MulI64, FloorDivI64) P(X, FloorDivI64, AddI64) P(X, AddI64, I64ToF64) \
  P(X, I64ToF64, DivF64) P(X, I64ToF64, MulF64) \
  P(X, AddI64, TListGet) P(X, TListGet, AddF64) P(X, TListGet, SubF64) P(X, TListGet, MulF64) \
  P(X, TListGet, AddI64) P(X, TListGet, TListGet) P(X, TListGet, TListSet) \
  P(X, TListGet, JumpNeI64) P(X, TListSet, TListSet) P(X, TListSet, AddI64) \
  P(X, AddF64, TListSet) \
  P(X, AddF64, LoopI64) P(X, AddI64, LoopI64) P(X, TListSet, LoopI64)
// clang-format on
#define EMBER_FUSED_OPCODE(X, first, second) X(first##_##second)

#define EMBER_OPCODES(X)                                                                         \
  X(Nop)           /* nothing */                                                                 \
  X(Aux)           /* operand word of the preceding instruction; never executed */               \
  X(Move)          /* R[a] = R[b] */                                                             \
  X(LoadConst)     /* R[a] = K[bc] */                                                            \
  X(LoadNone)      /* R[a] = None */                                                             \
  X(LoadBool)      /* R[a] = bool(x) */                                                          \
  X(LoadInt)       /* R[a] = int(sbc) */                                                         \
  X(LoadGlobal)    /* R[a] = globals[N[bc]], else builtins[N[bc]], else NameError */             \
  X(StoreGlobal)   /* globals[N[bc]] = R[a] */                                                   \
  X(DeleteGlobal)  /* del globals[N[bc]] (NameError when absent) */                              \
  X(LoadBuiltin)   /* R[a] = builtins[N[bc]] (used for AssertionError) */                        \
  X(LoadName)      /* class bodies: R[a] = locals[N[bc]], else globals, else builtins, else      \
                      NameError */                                                               \
  X(StoreName)     /* class bodies: locals[N[bc]] = R[a] */                                      \
  X(DeleteName)    /* class bodies: del locals[N[bc]] (NameError when absent) */                 \
  X(LoadClassCell) /* class bodies: R[a] = locals[N[c]] if present, else the contents of         \
                      cell R[b] (NameError as LoadCell x=1 when empty) */                        \
  X(CheckBound)    /* if R[a] is undefined: UnboundLocalError naming N[bc] */                    \
  X(DeleteLocal)   /* CheckBound a bc; then R[a] = undefined */                                  \
  X(MakeCell)      /* R[a] = new cell holding R[a] (empty when R[a] is undefined) */             \
  X(LoadCell)      /* R[a] = contents of cell R[b]; empty: NameError/UnboundLocalError           \
                      naming N[c] (x=1: a free variable, x=0: a local cell) */                   \
  X(StoreCell)     /* contents of cell R[a] = R[b] */                                            \
  X(DeleteCell)    /* empty cell R[a]; error as LoadCell (N[b], x) when already empty */         \
  X(LoadAttr)      /* R[a] = R[b].N[c] */                                                        \
  X(StoreAttr)     /* R[a].N[b] = R[c] */                                                        \
  X(DeleteAttr)    /* del R[a].N[b] */                                                           \
  X(LoadMethod)    /* looks up N[c] on R[b]: R[a] = unbound function and R[a+1] = R[b],          \
                      or R[a] = the attribute and R[a+1] = undefined */                          \
  X(CallMethod)    /* R[a] = R[a](R[a+1], R[a+2..a+1+b]) when R[a+1] is defined, else            \
                      R[a] = R[a](R[a+2..a+1+b]) */                                              \
  X(Call)          /* R[a] = R[a](R[a+1..a+b]) */                                                \
  X(CallKw)        /* R[a] = R[a](R[a+1..a+b]); the last len(K[c]) of those values are the       \
                      keyword arguments named by the tuple K[c] */                               \
  X(CallEx)        /* R[a] = R[a](*R[b], **R[c]); R[b] is a tuple; c == 0xFFFF: no kwargs;       \
                      R[c] is a dict */                                                          \
  X(GetItem)       /* R[a] = R[b][R[c]] */                                                       \
  X(SetItem)       /* R[a][R[b]] = R[c] */                                                       \
  X(DeleteItem)    /* del R[a][R[b]] */                                                          \
  X(BuildSlice)    /* R[a] = slice(R[b], R[b+1]) when c == 2, slice(R[b], R[b+1], R[b+2])        \
                      when c == 3 */                                                             \
  X(Binary)        /* R[a] = R[b] (BinaryOp x) R[c] */                                           \
  X(InPlace)       /* R[a] = R[b] (BinaryOp x)= R[c] */                                          \
  X(Unary)         /* R[a] = (UnaryOp x) R[b] */                                                 \
  X(Not)           /* R[a] = not R[b] */                                                         \
  X(Compare)       /* R[a] = R[b] (CompareOp x) R[c] */                                          \
  X(Is)            /* R[a] = (R[b] is R[c]) != x */                                              \
  X(Contains)      /* R[a] = (R[b] in R[c]) != x */                                              \
  X(Jump)          /* pc += sbc */                                                               \
  X(JumpIfTrue)    /* if R[a]: pc += sbc */                                                      \
  X(JumpIfFalse)   /* if not R[a]: pc += sbc */                                                  \
  X(GetIter)       /* R[a] = iter(R[b]) */                                                       \
  X(ForIter)       /* AUX(offset): R[b] = next(R[a]); when exhausted pc += offset */             \
  X(BuildTuple)    /* R[a] = (R[b], ..., R[b+c-1]) */                                            \
  X(BuildList)     /* R[a] = [R[b], ..., R[b+c-1]] */                                            \
  X(BuildSet)      /* R[a] = {R[b], ..., R[b+c-1]} */                                            \
  X(BuildDict)     /* R[a] = {R[b]: R[b+1], ...} with c pairs */                                 \
  X(ListAppend)    /* R[a].append(R[b]) */                                                       \
  X(ListExtend)    /* R[a].extend(R[b]); x=1: f(*R[b]) for callee R[c] */                        \
  X(ListToTuple)   /* R[a] = tuple(R[b]) (R[b] is a list) */                                     \
  X(SetAdd)        /* R[a].add(R[b]) */                                                          \
  X(SetUpdate)     /* R[a].update(R[b]) */                                                       \
  X(DictSet)       /* R[a][R[b]] = R[c] */                                                       \
  X(DictUpdate)    /* R[a].update(R[b]) ({**m}); TypeError if R[b] is not a mapping */           \
  X(DictMerge)     /* as DictUpdate, for f(**m): duplicate keys are a TypeError naming the       \
                      callee R[c] */                                                             \
  X(Unpack)        /* unpack iterable R[b] into exactly c values R[a..a+c-1] */                  \
  X(UnpackEx)      /* unpack R[b]: c values, then a list of the rest, then x values, into        \
                      R[a..a+c+x] */                                                             \
  X(MakeFunction)  /* R[a] = function from code K[bc]; flags x say which of R[a+1..]             \
                      follow, in order: 1 defaults tuple, 2 kw-defaults dict,                    \
                      4 annotations dict, 8 closure tuple of cells */                            \
  X(Yield)         /* generators: suspends, yielding R[b]; on resumption R[a] = the value        \
                      sent in (None for next()) */                                               \
  X(GetAwaitable)  /* R[a] = what `await R[b]` drives: a coroutine itself, else the iterator     \
                      R[b].__await__() returns (TypeError for other objects, worded by x:        \
                      0 await, 1 from __aenter__, 2 from __aexit__) */                           \
  X(GetAIter)      /* R[a] = R[b].__aiter__(), checked to have __anext__ (async for) */          \
  X(GetANext)      /* R[a] = what awaiting R[b].__anext__() drives (async for) */                \
  X(EndAsyncFor)   /* the exception R[a] ends an async for: StopAsyncIteration falls through,    \
                      anything else is re-raised */                                              \
  X(YieldFrom)     /* R[a] = yield from iterator R[b]: sends R[c] (then None) into it and,       \
                      while it yields, suspends at this instruction yielding its values; the     \
                      value sent on resumption goes to R[c] */                                   \
  X(Return)        /* return R[a] */                                                             \
  X(Format)        /* R[a] = format(conv(R[b]), spec) where conv by x: 0 none, 1 str,            \
                      2 repr, 3 ascii; spec is R[c], or '' when c == 0xFFFF */                   \
  X(BuildString)   /* R[a] = ''.join(R[b..b+c-1]), all str */                                    \
  X(Raise)         /* x=0: re-raise the exception being handled; x=1: raise R[a];                \
                      x=2: raise R[a] from R[b] */                                               \
  X(Reraise)       /* re-raise exception R[a] unchanged (finally/with cleanup paths) */          \
  X(PushExcInfo)   /* R[b] = exception being handled (None if none); then the exception          \
                      being handled = R[a] (entering an except block) */                         \
  X(PopExcInfo)    /* the exception being handled = R[a] (leaving an except block) */            \
  X(CheckExcMatch) /* R[a] = exception R[b] is an instance of R[c] (a class or a tuple of        \
                      classes; TypeError if any is not an exception class) */                    \
  X(BeforeWith)    /* R[a] = bound __exit__ of R[b]; R[a+1] = R[b].__enter__(); with x=1         \
                      (async with) __aexit__ and the awaitable __aenter__() returns */           \
  X(WithExit)      /* R[a] = R[b](type(R[c]), R[c], traceback) — the __exit__ call on the      \
                      exceptional path (R[c] is the exception) */                                \
  X(ImportName)    /* R[a] = the module named N[b] (x = relative level) */                       \
  X(ImportFrom)    /* R[a] = attribute N[c] of module R[b], ImportError when missing */          \
  X(ImportStar)    /* copy the public names of module R[a] into globals */                       \
  X(GetLen)        /* R[a] = len(R[b]) (as an int) */                                            \
  X(MatchSequence) /* R[a] = R[b] can match a sequence pattern (list, tuple, range, ...;         \
                      never str, bytes or bytearray) */                                          \
  X(MatchMapping)  /* R[a] = R[b] can match a mapping pattern (dict, ...) */                     \
  X(MatchKeys)     /* R[a] = tuple of R[b][k] for each key k of tuple R[c], or None when         \
                      any key is missing */                                                      \
  X(MatchClass)    /* R[a] = tuple of the attributes matched by the class pattern R[c](...)      \
                      on subject R[b] with x positional sub-patterns (via __match_args__;        \
                      built-in self-matching types such as int and str bind the subject          \
                      itself) followed by the keyword attributes named by tuple R[c+1], or       \
                      None when R[b] is not an instance of R[c] or an attribute is missing */    \
  X(CopyDictWithoutKeys) /* R[a] = a new dict copy of R[b] without the keys in tuple R[c] */     \
  /* Quickened forms (vm/quicken.h): the interpreter rewrites Binary/InPlace, Compare and        \
     ForIter in place into these when the operands have the types named, and back when a         \
     guard fails. Operands and x as in the generic form. "int" is a small int; "float"           \
     forms take two floats or a float and a small int. */                                        \
  X(BinaryAddInt)      /* R[a] = R[b] + R[c] on ints */                                          \
  X(BinarySubInt)      /* R[a] = R[b] - R[c] on ints */                                          \
  X(BinaryMulInt)      /* R[a] = R[b] * R[c] on ints */                                          \
  X(BinaryFloorDivInt) /* R[a] = R[b] // R[c] on ints, R[c] != 0 */                              \
  X(BinaryModInt)      /* R[a] = R[b] % R[c] on ints, R[c] != 0 */                               \
  X(BinaryAndInt)      /* R[a] = R[b] & R[c] on ints */                                          \
  X(BinaryOrInt)       /* R[a] = R[b] | R[c] on ints */                                          \
  X(BinaryXorInt)      /* R[a] = R[b] ^ R[c] on ints */                                          \
  X(BinaryRShiftInt)   /* R[a] = R[b] >> R[c] on ints, R[c] >= 0 */                              \
  X(BinaryAddFloat)    /* R[a] = R[b] + R[c] on floats */                                        \
  X(BinarySubFloat)    /* R[a] = R[b] - R[c] on floats */                                        \
  X(BinaryMulFloat)    /* R[a] = R[b] * R[c] on floats */                                        \
  X(BinaryDivFloat)    /* R[a] = R[b] / R[c] on floats, R[c] != 0 */                             \
  X(BinaryAddStr)      /* R[a] = R[b] + R[c] on two exact strs */                                \
  X(CompareInt)        /* Compare on ints; a JumpIfFalse/JumpIfTrue on R[a] right after it       \
                          is taken in the same step */                                           \
  X(CompareFloat)      /* Compare on floats, with the same jump fusion */                        \
  X(ForIterRange)      /* ForIter over a range_iterator */                                       \
  X(ForIterList)       /* ForIter over a list_iterator */                                        \
  /* Typed (Mojo fn) code: registers outside the code's slot map hold raw bits: Int as           \
     int64, Float64 as double, Bool as 0/1. No tag checks. */                                    \
  X(LoadRaw)          /* R[a] = raw constant RK[bc] */                                           \
  X(AddI64)           /* R[a] = R[b] + R[c], wrapping */                                         \
  X(SubI64)           /* R[a] = R[b] - R[c], wrapping */                                         \
  X(MulI64)           /* R[a] = R[b] * R[c], wrapping */                                         \
  X(FloorDivI64)      /* R[a] = floor(R[b] / R[c]); R[c] == 0 stops the program */               \
  X(ModI64)           /* R[a] = R[b] mod R[c] with the sign of R[c]; R[c] == 0 stops */          \
  X(AndI64)           /* R[a] = R[b] & R[c] */                                                   \
  X(OrI64)            /* R[a] = R[b] | R[c] */                                                   \
  X(XorI64)           /* R[a] = R[b] ^ R[c] */                                                   \
  X(ShlI64)           /* R[a] = R[b] << R[c] (0 from 64 on); negative R[c] stops */              \
  X(ShrI64)           /* R[a] = R[b] >> R[c], arithmetic; negative R[c] stops */                 \
  X(NegI64)           /* R[a] = -R[b], wrapping */                                               \
  X(InvertI64)        /* R[a] = ~R[b] */                                                         \
  X(CompareI64)       /* R[a] = R[b] (CompareOp x) R[c] as 0/1, signed */                        \
  X(AddF64)           /* R[a] = R[b] + R[c] */                                                   \
  X(SubF64)           /* R[a] = R[b] - R[c] */                                                   \
  X(MulF64)           /* R[a] = R[b] * R[c] */                                                   \
  X(DivF64)           /* R[a] = R[b] / R[c] (IEEE: inf or nan on zero) */                        \
  X(NegF64)           /* R[a] = -R[b] */                                                         \
  X(CompareF64)       /* R[a] = R[b] (CompareOp x) R[c] as 0/1 */                                \
  X(NotRaw)           /* R[a] = R[b] ^ 1 (Bool) */                                               \
  X(I64ToF64)         /* R[a] = double(R[b]) */                                                  \
  X(F64ToI64)         /* R[a] = R[b] truncated; nan or out of range stops the program */         \
  X(BoxRaw)           /* R[a] = the Value of raw R[b]: x=1 Int, 2 Float64, 3 Bool */             \
  X(UnboxRaw)         /* R[a] = raw slot of Value R[b]: x=1 an int that fits Int, 3 a bool */    \
  X(JumpIfRaw)        /* if (R[a] != 0) == x: pc += sbc */                                       \
  X(LoopI64)          /* back edge of a counted loop: R[a] += R[a+2]; if R[a] < R[a+1] (x=0), or \
                         R[a] > R[a+1] (x=1), or as the sign of R[a+2] says (x=2): R[b] = R[a]   \
                         and jump by the AUX word's offset */                                    \
  X(RangeStepCheck)   /* stops the program when the range() step R[a] is 0 */                    \
  X(JitLoop)          /* a loop's back edge the JIT took over (in typed or Python code; the     \
                         typed loop runs it): entry a of its loop table                          \
                         (jit/engine.h), which keeps the instruction this one replaced */        \
  X(CallTyped)        /* R[b] = fn K[c](R[a..a+x-1]): a frame of typed code K[c] (a code         \
                         object) whose parameter registers receive the raw argument slots */     \
  X(ReturnMulti)      /* return R[a..a+x-1] (a struct, or a mutated self and the result) into    \
                         the caller's registers from its result register on */                   \
  X(PowF64)           /* R[a] = pow(R[b], R[c]) */                                               \
  X(BindTypedGlobals) /* each typed code object in the tuple K[bc] runs with these globals */    \
  X(OptionalCheck)    /* stops the program when the Optional R[a..] is empty (its flag is 0) */  \
  X(UnboxChecked)     /* R[a] = raw slot of Python value R[b] as BoundaryKind x; TypeError or    \
                         OverflowError when it does not convert */                               \
  /* SIMD vectors (vm/simd.h) span consecutive raw registers; T is the SimdType in the           \
     low half of the AUX word that follows, hi its high half. */                                 \
  X(SimdBinary)   /* R[a..] = R[b..] (SimdBinaryOp x) R[c..]; failures stop */                   \
  X(SimdUnary)    /* R[a..] = (SimdUnaryOp x) R[b..] */                                          \
  X(SimdCast)     /* R[a..] = R[b..] converted from T to the SimdType hi */                      \
  X(SimdFma)      /* R[a..] = R[b..] * R[c..] + R[hi..] */                                       \
  X(SimdSelect)   /* R[a..] = R[b..] (a Bool vector) lane by lane ? R[c..] : R[hi..] */          \
  X(SimdMoveLane) /* lane (c & 0xFF) of R[b..] into lane (c >> 8) of R[a..], x bytes */          \
  X(SimdGet)      /* R[a] = lane R[c] (an Int) of R[b..]; out of range stops */                  \
  X(SimdSet)      /* lane R[b] of R[a..] = R[c]; out of range stops */                           \
  X(SimdZero)     /* R[a..a+x-1] = 0 */                                                          \
  X(SimdText)     /* R[a] = the str Mojo prints for R[b..] */                                    \
  /* UnsafePointer (vm/raw_memory.h): a raw slot holding an address; s is the element size       \
     in the low half of the AUX word that follows, n the byte count in its high half. An         \
     access outside the live blocks stops the program. */                                        \
  X(PtrAlloc)  /* R[a] = a zeroed block of R[b] elements of s bytes */                           \
  X(PtrFree)   /* free the block R[a] starts */                                                  \
  X(PtrLoad)   /* R[a..] = the n bytes at R[b] + R[c] * s, zero-extended to whole slots */       \
  X(PtrStore)  /* the n bytes at R[a] + R[b] * s = the low n bytes of R[c..] */                  \
  X(PtrOffset) /* R[a] = R[b] + R[c] * s */                                                      \
  X(PtrZero)   /* zero R[b] elements of s bytes at R[a] */                                       \
  X(PtrCopy)   /* copy R[c] elements of s bytes from R[b] to R[a] */                             \
  /* List[T] (vm/typed_list.h): an index out of range stops the program. */                      \
  X(TListNew)      /* R[a] = an empty List of x-slot elements whose layout word                  \
                     (typed_list_layout) is RK[bc] */                                            \
  X(TListAppend)   /* List R[a].append(R[b..]) */                                                \
  X(TListGet)      /* R[a..] = List R[b][R[c]] */                                                \
  X(TListSet)      /* List R[a][R[b]] = R[c..] */                                                \
  X(TListLen)      /* R[a] = len(List R[b]) */                                                   \
  X(TListPop)      /* R[a..] = List R[b].pop(R[c]), the last element when c is kNoRegister */    \
  X(TListCopy)     /* R[a] = a copy of List R[b] */                                              \
  X(TListContains) /* R[a] = R[c] in List R[b], as 0/1 */                                        \
  X(TListMethod)   /* R[a] = List R[b].method(R[c..]), the method TypedListMethod(x) */          \
  /* Fused compare-and-jump of typed conditions, in CompareOp order: if (R[a] OP R[b]) == x,     \
     jump by the signed offset in the AUX word that follows (relative to after it). */           \
  X(JumpLtI64) /* R[a] < R[b], Int */                                                            \
  X(JumpLeI64) /* R[a] <= R[b], Int */                                                           \
  X(JumpEqI64) /* R[a] == R[b], Int */                                                           \
  X(JumpNeI64) /* R[a] != R[b], Int */                                                           \
  X(JumpGtI64) /* R[a] > R[b], Int */                                                            \
  X(JumpGeI64) /* R[a] >= R[b], Int */                                                           \
  X(JumpLtF64) /* R[a] < R[b], Float64 */                                                        \
  X(JumpLeF64) /* R[a] <= R[b], Float64 */                                                       \
  X(JumpEqF64) /* R[a] == R[b], Float64 */                                                       \
  X(JumpNeF64) /* R[a] != R[b], Float64 */                                                       \
  X(JumpGtF64) /* R[a] > R[b], Float64 */                                                        \
  X(JumpGeF64) /* R[a] >= R[b], Float64 */                                                       \
  EMBER_FUSED_PAIRS(X, EMBER_FUSED_OPCODE)

enum class Op : uint8_t {
#define EMBER_OPCODE_ENUM(name) name,
  EMBER_OPCODES(EMBER_OPCODE_ENUM)
#undef EMBER_OPCODE_ENUM
};

const char* opcode_name(Op op);

// Operand c meaning "absent" for CallEx and Format.
constexpr uint16_t kNoRegister = 0xFFFF;

}  // namespace ember
