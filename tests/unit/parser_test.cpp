// Generated expectations come from CPython 3.11 (ast.dump with attributes and
// the stderr of running each snippet as a script); they were not hand-written.
#include <gtest/gtest.h>
#include <pthread.h>

#include <string>

#include "frontend/ast_dump.h"
#include "frontend/parser.h"
#include "frontend/scope.h"

using namespace ember;

namespace {

struct AstCase {
  const char* source;
  const char* expected;
};

const AstCase kAstCases[] = {
    {"x = 1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], "
     "type_ignores=[])"},
    {"a, *b = c = d\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, "
     "col_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, "
     "end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=5), Name(id='c', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=9)], value=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, "
     "end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], "
     "type_ignores=[])"},
    {"x: int = 5\n(y): str\nz.a: int\nw[0]: list[int] = []\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, "
     "col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=5, lineno=1, "
     "col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=10), AnnAssign(target=Name(id='y', ctx=Store(), lineno=2, "
     "col_offset=1, end_lineno=2, end_col_offset=2), annotation=Name(id='str', ctx=Load(), "
     "lineno=2, col_offset=5, end_lineno=2, end_col_offset=8), simple=0, lineno=2, col_offset=0, "
     "end_lineno=2, end_col_offset=8), AnnAssign(target=Attribute(value=Name(id='z', ctx=Load(), "
     "lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), attr='a', ctx=Store(), lineno=3, "
     "col_offset=0, end_lineno=3, end_col_offset=3), annotation=Name(id='int', ctx=Load(), "
     "lineno=3, col_offset=5, end_lineno=3, end_col_offset=8), simple=0, lineno=3, col_offset=0, "
     "end_lineno=3, end_col_offset=8), AnnAssign(target=Subscript(value=Name(id='w', ctx=Load(), "
     "lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), slice=Constant(value=0, lineno=4, "
     "col_offset=2, end_lineno=4, end_col_offset=3), ctx=Store(), lineno=4, col_offset=0, "
     "end_lineno=4, end_col_offset=4), annotation=Subscript(value=Name(id='list', ctx=Load(), "
     "lineno=4, col_offset=6, end_lineno=4, end_col_offset=10), slice=Name(id='int', ctx=Load(), "
     "lineno=4, col_offset=11, end_lineno=4, end_col_offset=14), ctx=Load(), lineno=4, "
     "col_offset=6, end_lineno=4, end_col_offset=15), value=List(elts=[], ctx=Load(), lineno=4, "
     "col_offset=18, end_lineno=4, end_col_offset=20), simple=0, lineno=4, col_offset=0, "
     "end_lineno=4, end_col_offset=20)], type_ignores=[])"},
    {"x += 1; y -= 2; z *= 3; a /= 4; b //= 5; c %= 6; d **= 7; e @= 8; f &= 9; g |= 10; h ^= 11; "
     "i <<= 12; j >>= 13\n",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, "
     "end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), "
     "AugAssign(target=Name(id='y', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=9), op=Sub(), value=Constant(value=2, lineno=1, col_offset=13, end_lineno=1, "
     "end_col_offset=14), lineno=1, col_offset=8, end_lineno=1, end_col_offset=14), "
     "AugAssign(target=Name(id='z', ctx=Store(), lineno=1, col_offset=16, end_lineno=1, "
     "end_col_offset=17), op=Mult(), value=Constant(value=3, lineno=1, col_offset=21, "
     "end_lineno=1, end_col_offset=22), lineno=1, col_offset=16, end_lineno=1, end_col_offset=22), "
     "AugAssign(target=Name(id='a', ctx=Store(), lineno=1, col_offset=24, end_lineno=1, "
     "end_col_offset=25), op=Div(), value=Constant(value=4, lineno=1, col_offset=29, end_lineno=1, "
     "end_col_offset=30), lineno=1, col_offset=24, end_lineno=1, end_col_offset=30), "
     "AugAssign(target=Name(id='b', ctx=Store(), lineno=1, col_offset=32, end_lineno=1, "
     "end_col_offset=33), op=FloorDiv(), value=Constant(value=5, lineno=1, col_offset=38, "
     "end_lineno=1, end_col_offset=39), lineno=1, col_offset=32, end_lineno=1, end_col_offset=39), "
     "AugAssign(target=Name(id='c', ctx=Store(), lineno=1, col_offset=41, end_lineno=1, "
     "end_col_offset=42), op=Mod(), value=Constant(value=6, lineno=1, col_offset=46, end_lineno=1, "
     "end_col_offset=47), lineno=1, col_offset=41, end_lineno=1, end_col_offset=47), "
     "AugAssign(target=Name(id='d', ctx=Store(), lineno=1, col_offset=49, end_lineno=1, "
     "end_col_offset=50), op=Pow(), value=Constant(value=7, lineno=1, col_offset=55, end_lineno=1, "
     "end_col_offset=56), lineno=1, col_offset=49, end_lineno=1, end_col_offset=56), "
     "AugAssign(target=Name(id='e', ctx=Store(), lineno=1, col_offset=58, end_lineno=1, "
     "end_col_offset=59), op=MatMult(), value=Constant(value=8, lineno=1, col_offset=63, "
     "end_lineno=1, end_col_offset=64), lineno=1, col_offset=58, end_lineno=1, end_col_offset=64), "
     "AugAssign(target=Name(id='f', ctx=Store(), lineno=1, col_offset=66, end_lineno=1, "
     "end_col_offset=67), op=BitAnd(), value=Constant(value=9, lineno=1, col_offset=71, "
     "end_lineno=1, end_col_offset=72), lineno=1, col_offset=66, end_lineno=1, end_col_offset=72), "
     "AugAssign(target=Name(id='g', ctx=Store(), lineno=1, col_offset=74, end_lineno=1, "
     "end_col_offset=75), op=BitOr(), value=Constant(value=10, lineno=1, col_offset=79, "
     "end_lineno=1, end_col_offset=81), lineno=1, col_offset=74, end_lineno=1, end_col_offset=81), "
     "AugAssign(target=Name(id='h', ctx=Store(), lineno=1, col_offset=83, end_lineno=1, "
     "end_col_offset=84), op=BitXor(), value=Constant(value=11, lineno=1, col_offset=88, "
     "end_lineno=1, end_col_offset=90), lineno=1, col_offset=83, end_lineno=1, end_col_offset=90), "
     "AugAssign(target=Name(id='i', ctx=Store(), lineno=1, col_offset=92, end_lineno=1, "
     "end_col_offset=93), op=LShift(), value=Constant(value=12, lineno=1, col_offset=98, "
     "end_lineno=1, end_col_offset=100), lineno=1, col_offset=92, end_lineno=1, "
     "end_col_offset=100), AugAssign(target=Name(id='j', ctx=Store(), lineno=1, col_offset=102, "
     "end_lineno=1, end_col_offset=103), op=RShift(), value=Constant(value=13, lineno=1, "
     "col_offset=108, end_lineno=1, end_col_offset=110), lineno=1, col_offset=102, end_lineno=1, "
     "end_col_offset=110)], type_ignores=[])"},
    {"del a, b[0], c.d\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, "
     "end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, "
     "end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, "
     "end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, "
     "end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, "
     "end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=16)], type_ignores=[])"},
    {"pass\nbreak\ncontinue\n",
     "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), Break(lineno=2, "
     "col_offset=0, end_lineno=2, end_col_offset=5), Continue(lineno=3, col_offset=0, "
     "end_lineno=3, end_col_offset=8)], type_ignores=[])"},
    {"return\nreturn 1\nreturn 1, 2\nreturn *a, b\n",
     "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), "
     "Return(value=Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), "
     "lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), "
     "Return(value=Tuple(elts=[Constant(value=1, lineno=3, col_offset=7, end_lineno=3, "
     "end_col_offset=8), Constant(value=2, lineno=3, col_offset=10, end_lineno=3, "
     "end_col_offset=11)], ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=11), "
     "lineno=3, col_offset=0, end_lineno=3, end_col_offset=11), "
     "Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=4, col_offset=8, "
     "end_lineno=4, end_col_offset=9), ctx=Load(), lineno=4, col_offset=7, end_lineno=4, "
     "end_col_offset=9), Name(id='b', ctx=Load(), lineno=4, col_offset=11, end_lineno=4, "
     "end_col_offset=12)], ctx=Load(), lineno=4, col_offset=7, end_lineno=4, end_col_offset=12), "
     "lineno=4, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[])"},
    {"raise\nraise E\nraise E from e\n",
     "Module(body=[Raise(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), "
     "Raise(exc=Name(id='E', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), "
     "lineno=2, col_offset=0, end_lineno=2, end_col_offset=7), Raise(exc=Name(id='E', ctx=Load(), "
     "lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), cause=Name(id='e', ctx=Load(), "
     "lineno=3, col_offset=13, end_lineno=3, end_col_offset=14), lineno=3, col_offset=0, "
     "end_lineno=3, end_col_offset=14)], type_ignores=[])"},
    {"assert x\nassert x, 'msg'\n",
     "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, "
     "end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), "
     "Assert(test=Name(id='x', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, "
     "end_col_offset=8), msg=Constant(value='msg', lineno=2, col_offset=10, end_lineno=2, "
     "end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15)], "
     "type_ignores=[])"},
    {"global a, b\nnonlocal c\n",
     "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=11), Nonlocal(names=['c'], lineno=2, col_offset=0, end_lineno=2, "
     "end_col_offset=10)], type_ignores=[])"},
    {"import a\nimport a.b.c as d, e\nfrom . import x\nfrom .. m import (y as z, w,)\nfrom "
     "...pkg.mod import *\n",
     "Module(body=[Import(names=[alias(name='a', lineno=1, col_offset=7, end_lineno=1, "
     "end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), "
     "Import(names=[alias(name='a.b.c', asname='d', lineno=2, col_offset=7, end_lineno=2, "
     "end_col_offset=17), alias(name='e', lineno=2, col_offset=19, end_lineno=2, "
     "end_col_offset=20)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=20), "
     "ImportFrom(names=[alias(name='x', lineno=3, col_offset=14, end_lineno=3, "
     "end_col_offset=15)], level=1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=15), "
     "ImportFrom(module='m', names=[alias(name='y', asname='z', lineno=4, col_offset=18, "
     "end_lineno=4, end_col_offset=24), alias(name='w', lineno=4, col_offset=26, end_lineno=4, "
     "end_col_offset=27)], level=2, lineno=4, col_offset=0, end_lineno=4, end_col_offset=29), "
     "ImportFrom(module='pkg.mod', names=[alias(name='*', lineno=5, col_offset=23, end_lineno=5, "
     "end_col_offset=24)], level=3, lineno=5, col_offset=0, end_lineno=5, end_col_offset=24)], "
     "type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    x = 1\nelif c: pass\nelse:\n    y = 2\n",
     "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
     "end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], "
     "orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, "
     "end_col_offset=6), body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=4, col_offset=4, "
     "end_lineno=4, end_col_offset=5)], value=Constant(value=1, lineno=4, col_offset=8, "
     "end_lineno=4, end_col_offset=9), lineno=4, col_offset=4, end_lineno=4, end_col_offset=9)], "
     "orelse=[If(test=Name(id='c', ctx=Load(), lineno=5, col_offset=5, end_lineno=5, "
     "end_col_offset=6), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)], "
     "orelse=[Assign(targets=[Name(id='y', ctx=Store(), lineno=7, col_offset=4, end_lineno=7, "
     "end_col_offset=5)], value=Constant(value=2, lineno=7, col_offset=8, end_lineno=7, "
     "end_col_offset=9), lineno=7, col_offset=4, end_lineno=7, end_col_offset=9)], lineno=5, "
     "col_offset=0, end_lineno=7, end_col_offset=9)], lineno=3, col_offset=0, end_lineno=7, "
     "end_col_offset=9)], lineno=1, col_offset=0, end_lineno=7, end_col_offset=9)], "
     "type_ignores=[])"},
    {"while x:\n    break\nelse:\n    pass\n",
     "Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
     "end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], "
     "orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, "
     "col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])"},
    {"for i, j in x:\n    continue\nelse:\n    pass\nfor (a, b) in c: pass\nfor [a, *b] in c: "
     "pass\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store(), lineno=1, col_offset=4, "
     "end_lineno=1, end_col_offset=5), Name(id='j', ctx=Store(), lineno=1, col_offset=7, "
     "end_lineno=1, end_col_offset=8)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=8), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, "
     "end_col_offset=13), body=[Continue(lineno=2, col_offset=4, end_lineno=2, "
     "end_col_offset=12)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], "
     "lineno=1, col_offset=0, end_lineno=4, end_col_offset=8), For(target=Tuple(elts=[Name(id='a', "
     "ctx=Store(), lineno=5, col_offset=5, end_lineno=5, end_col_offset=6), Name(id='b', "
     "ctx=Store(), lineno=5, col_offset=8, end_lineno=5, end_col_offset=9)], ctx=Store(), "
     "lineno=5, col_offset=4, end_lineno=5, end_col_offset=10), iter=Name(id='c', ctx=Load(), "
     "lineno=5, col_offset=14, end_lineno=5, end_col_offset=15), body=[Pass(lineno=5, "
     "col_offset=17, end_lineno=5, end_col_offset=21)], orelse=[], lineno=5, col_offset=0, "
     "end_lineno=5, end_col_offset=21), For(target=List(elts=[Name(id='a', ctx=Store(), lineno=6, "
     "col_offset=5, end_lineno=6, end_col_offset=6), Starred(value=Name(id='b', ctx=Store(), "
     "lineno=6, col_offset=9, end_lineno=6, end_col_offset=10), ctx=Store(), lineno=6, "
     "col_offset=8, end_lineno=6, end_col_offset=10)], ctx=Store(), lineno=6, col_offset=4, "
     "end_lineno=6, end_col_offset=11), iter=Name(id='c', ctx=Load(), lineno=6, col_offset=15, "
     "end_lineno=6, end_col_offset=16), body=[Pass(lineno=6, col_offset=18, end_lineno=6, "
     "end_col_offset=22)], orelse=[], lineno=6, col_offset=0, end_lineno=6, end_col_offset=22)], "
     "type_ignores=[])"},
    {"async def f():\n    async for x in y:\n        await z\n    async with a as b, c:\n        "
     "pass\n    return [i async for i in g() if await i]\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store(), "
     "lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), "
     "lineno=2, col_offset=19, end_lineno=2, end_col_offset=20), "
     "body=[Expr(value=Await(value=Name(id='z', ctx=Load(), lineno=3, col_offset=14, end_lineno=3, "
     "end_col_offset=15), lineno=3, col_offset=8, end_lineno=3, end_col_offset=15), lineno=3, "
     "col_offset=8, end_lineno=3, end_col_offset=15)], orelse=[], lineno=2, col_offset=4, "
     "end_lineno=3, end_col_offset=15), AsyncWith(items=[withitem(context_expr=Name(id='a', "
     "ctx=Load(), lineno=4, col_offset=15, end_lineno=4, end_col_offset=16), "
     "optional_vars=Name(id='b', ctx=Store(), lineno=4, col_offset=20, end_lineno=4, "
     "end_col_offset=21)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=4, col_offset=23, "
     "end_lineno=4, end_col_offset=24))], body=[Pass(lineno=5, col_offset=8, end_lineno=5, "
     "end_col_offset=12)], lineno=4, col_offset=4, end_lineno=5, end_col_offset=12), "
     "Return(value=ListComp(elt=Name(id='i', ctx=Load(), lineno=6, col_offset=12, end_lineno=6, "
     "end_col_offset=13), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=6, "
     "col_offset=24, end_lineno=6, end_col_offset=25), iter=Call(func=Name(id='g', ctx=Load(), "
     "lineno=6, col_offset=29, end_lineno=6, end_col_offset=30), args=[], keywords=[], lineno=6, "
     "col_offset=29, end_lineno=6, end_col_offset=32), ifs=[Await(value=Name(id='i', ctx=Load(), "
     "lineno=6, col_offset=42, end_lineno=6, end_col_offset=43), lineno=6, col_offset=36, "
     "end_lineno=6, end_col_offset=43)], is_async=1)], lineno=6, col_offset=11, end_lineno=6, "
     "end_col_offset=44), lineno=6, col_offset=4, end_lineno=6, end_col_offset=44)], "
     "decorator_list=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=44)], "
     "type_ignores=[])"},
    {"with a: pass\nwith a as b, c as (d, e): pass\nwith (a as b, c as d,): pass\nwith (a, b): "
     "pass\nwith (yield): pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=5, end_lineno=1, end_col_offset=6))], body=[Pass(lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), "
     "With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=2, col_offset=5, "
     "end_lineno=2, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), lineno=2, "
     "col_offset=10, end_lineno=2, end_col_offset=11)), withitem(context_expr=Name(id='c', "
     "ctx=Load(), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), "
     "optional_vars=Tuple(elts=[Name(id='d', ctx=Store(), lineno=2, col_offset=19, end_lineno=2, "
     "end_col_offset=20), Name(id='e', ctx=Store(), lineno=2, col_offset=22, end_lineno=2, "
     "end_col_offset=23)], ctx=Store(), lineno=2, col_offset=18, end_lineno=2, "
     "end_col_offset=24))], body=[Pass(lineno=2, col_offset=26, end_lineno=2, end_col_offset=30)], "
     "lineno=2, col_offset=0, end_lineno=2, end_col_offset=30), "
     "With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=3, col_offset=6, "
     "end_lineno=3, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=3, "
     "col_offset=11, end_lineno=3, end_col_offset=12)), withitem(context_expr=Name(id='c', "
     "ctx=Load(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=15), "
     "optional_vars=Name(id='d', ctx=Store(), lineno=3, col_offset=19, end_lineno=3, "
     "end_col_offset=20))], body=[Pass(lineno=3, col_offset=24, end_lineno=3, end_col_offset=28)], "
     "lineno=3, col_offset=0, end_lineno=3, end_col_offset=28), "
     "With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=4, col_offset=6, "
     "end_lineno=4, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(), lineno=4, "
     "col_offset=9, end_lineno=4, end_col_offset=10))], body=[Pass(lineno=4, col_offset=13, "
     "end_lineno=4, end_col_offset=17)], lineno=4, col_offset=0, end_lineno=4, end_col_offset=17), "
     "With(items=[withitem(context_expr=Yield(lineno=5, col_offset=6, end_lineno=5, "
     "end_col_offset=11))], body=[Pass(lineno=5, col_offset=14, end_lineno=5, end_col_offset=18)], "
     "lineno=5, col_offset=0, end_lineno=5, end_col_offset=18)], type_ignores=[])"},
    {"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    "
     "pass\nelse:\n    pass\nfinally:\n    pass\n",
     "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], "
     "handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, "
     "end_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, "
     "end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), "
     "ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=5, col_offset=8, "
     "end_lineno=5, end_col_offset=9), Name(id='B', ctx=Load(), lineno=5, col_offset=11, "
     "end_lineno=5, end_col_offset=12)], ctx=Load(), lineno=5, col_offset=7, end_lineno=5, "
     "end_col_offset=13), body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], "
     "lineno=5, col_offset=0, end_lineno=6, end_col_offset=8), ExceptHandler(body=[Pass(lineno=8, "
     "col_offset=4, end_lineno=8, end_col_offset=8)], lineno=7, col_offset=0, end_lineno=8, "
     "end_col_offset=8)], orelse=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], "
     "finalbody=[Pass(lineno=12, col_offset=4, end_lineno=12, end_col_offset=8)], lineno=1, "
     "col_offset=0, end_lineno=12, end_col_offset=8)], type_ignores=[])"},
    {"try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as g:\n    pass\n",
     "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], "
     "handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, "
     "end_col_offset=9), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], "
     "lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), "
     "ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=5, col_offset=9, "
     "end_lineno=5, end_col_offset=10), Name(id='B', ctx=Load(), lineno=5, col_offset=12, "
     "end_lineno=5, end_col_offset=13)], ctx=Load(), lineno=5, col_offset=8, end_lineno=5, "
     "end_col_offset=14), name='g', body=[Pass(lineno=6, col_offset=4, end_lineno=6, "
     "end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], orelse=[], "
     "finalbody=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])"},
    {"try:\n    pass\nfinally:\n    pass\n",
     "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], "
     "handlers=[], orelse=[], finalbody=[Pass(lineno=4, col_offset=4, end_lineno=4, "
     "end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], "
     "type_ignores=[])"},
    {"@dec\n@dec.attr(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> None:\n    "
     "'''doc'''\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=3, "
     "col_offset=6, end_lineno=3, end_col_offset=7), arg(arg='b', annotation=Name(id='int', "
     "ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=15), lineno=3, "
     "col_offset=9, end_lineno=3, end_col_offset=15)], args=[arg(arg='c', lineno=3, col_offset=24, "
     "end_lineno=3, end_col_offset=25)], vararg=arg(arg='args', annotation=Name(id='str', "
     "ctx=Load(), lineno=3, col_offset=36, end_lineno=3, end_col_offset=39), lineno=3, "
     "col_offset=30, end_lineno=3, end_col_offset=39), kwonlyargs=[arg(arg='d', lineno=3, "
     "col_offset=41, end_lineno=3, end_col_offset=42), arg(arg='e', lineno=3, col_offset=44, "
     "end_lineno=3, end_col_offset=45)], kw_defaults=[None, Constant(value=3, lineno=3, "
     "col_offset=46, end_lineno=3, end_col_offset=47)], kwarg=arg(arg='kw', lineno=3, "
     "col_offset=51, end_lineno=3, end_col_offset=53), defaults=[Constant(value=1, lineno=3, "
     "col_offset=18, end_lineno=3, end_col_offset=19), Constant(value=2, lineno=3, col_offset=26, "
     "end_lineno=3, end_col_offset=27)]), body=[Expr(value=Constant(value='doc', lineno=4, "
     "col_offset=4, end_lineno=4, end_col_offset=13), lineno=4, col_offset=4, end_lineno=4, "
     "end_col_offset=13)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, "
     "end_lineno=1, end_col_offset=4), Call(func=Attribute(value=Name(id='dec', ctx=Load(), "
     "lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), attr='attr', ctx=Load(), lineno=2, "
     "col_offset=1, end_lineno=2, end_col_offset=9), args=[Constant(value=1, lineno=2, "
     "col_offset=10, end_lineno=2, end_col_offset=11)], keywords=[], lineno=2, col_offset=1, "
     "end_lineno=2, end_col_offset=12)], returns=Constant(value=None, lineno=3, col_offset=58, "
     "end_lineno=3, end_col_offset=62), lineno=3, col_offset=0, end_lineno=4, end_col_offset=13)], "
     "type_ignores=[])"},
    {"def f(a, /): pass\ndef g(*, a): pass\ndef h(**k): pass\ndef i(a=1, /, b=2): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, "
     "col_offset=6, end_lineno=1, end_col_offset=7)], args=[], kwonlyargs=[], kw_defaults=[], "
     "defaults=[]), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], "
     "decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), "
     "FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a', "
     "lineno=2, col_offset=9, end_lineno=2, end_col_offset=10)], kw_defaults=[None], defaults=[]), "
     "body=[Pass(lineno=2, col_offset=13, end_lineno=2, end_col_offset=17)], decorator_list=[], "
     "lineno=2, col_offset=0, end_lineno=2, end_col_offset=17), FunctionDef(name='h', "
     "args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k', "
     "lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), defaults=[]), body=[Pass(lineno=3, "
     "col_offset=12, end_lineno=3, end_col_offset=16)], decorator_list=[], lineno=3, col_offset=0, "
     "end_lineno=3, end_col_offset=16), FunctionDef(name='i', "
     "args=arguments(posonlyargs=[arg(arg='a', lineno=4, col_offset=6, end_lineno=4, "
     "end_col_offset=7)], args=[arg(arg='b', lineno=4, col_offset=14, end_lineno=4, "
     "end_col_offset=15)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1, lineno=4, "
     "col_offset=8, end_lineno=4, end_col_offset=9), Constant(value=2, lineno=4, col_offset=16, "
     "end_lineno=4, end_col_offset=17)]), body=[Pass(lineno=4, col_offset=20, end_lineno=4, "
     "end_col_offset=24)], decorator_list=[], lineno=4, col_offset=0, end_lineno=4, "
     "end_col_offset=24)], type_ignores=[])"},
    {"class C(B, metaclass=M, **kw):\n    x = 1\n    def m(self): return super().m()\n@d\nclass D: "
     "pass\n",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', "
     "ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, "
     "col_offset=11, end_lineno=1, end_col_offset=22), keyword(value=Name(id='kw', ctx=Load(), "
     "lineno=1, col_offset=26, end_lineno=1, end_col_offset=28), lineno=1, col_offset=24, "
     "end_lineno=1, end_col_offset=28)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, "
     "col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, "
     "col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, "
     "end_col_offset=9), FunctionDef(name='m', args=arguments(posonlyargs=[], "
     "args=[arg(arg='self', lineno=3, col_offset=10, end_lineno=3, end_col_offset=14)], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), "
     "body=[Return(value=Call(func=Attribute(value=Call(func=Name(id='super', ctx=Load(), "
     "lineno=3, col_offset=24, end_lineno=3, end_col_offset=29), args=[], keywords=[], lineno=3, "
     "col_offset=24, end_lineno=3, end_col_offset=31), attr='m', ctx=Load(), lineno=3, "
     "col_offset=24, end_lineno=3, end_col_offset=33), args=[], keywords=[], lineno=3, "
     "col_offset=24, end_lineno=3, end_col_offset=35), lineno=3, col_offset=17, end_lineno=3, "
     "end_col_offset=35)], decorator_list=[], lineno=3, col_offset=4, end_lineno=3, "
     "end_col_offset=35)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, "
     "end_col_offset=35), ClassDef(name='D', bases=[], keywords=[], body=[Pass(lineno=5, "
     "col_offset=9, end_lineno=5, end_col_offset=13)], decorator_list=[Name(id='d', ctx=Load(), "
     "lineno=4, col_offset=1, end_lineno=4, end_col_offset=2)], lineno=5, col_offset=0, "
     "end_lineno=5, end_col_offset=13)], type_ignores=[])"},
    {"lambda: 0\nlambda a, b=1, *c, d, e=2, **f: a\nlambda a, /, b: 0\nlambda *, k: k\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=9), "
     "Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=7, "
     "end_lineno=2, end_col_offset=8), arg(arg='b', lineno=2, col_offset=10, end_lineno=2, "
     "end_col_offset=11)], vararg=arg(arg='c', lineno=2, col_offset=16, end_lineno=2, "
     "end_col_offset=17), kwonlyargs=[arg(arg='d', lineno=2, col_offset=19, end_lineno=2, "
     "end_col_offset=20), arg(arg='e', lineno=2, col_offset=22, end_lineno=2, end_col_offset=23)], "
     "kw_defaults=[None, Constant(value=2, lineno=2, col_offset=24, end_lineno=2, "
     "end_col_offset=25)], kwarg=arg(arg='f', lineno=2, col_offset=29, end_lineno=2, "
     "end_col_offset=30), defaults=[Constant(value=1, lineno=2, col_offset=12, end_lineno=2, "
     "end_col_offset=13)]), body=Name(id='a', ctx=Load(), lineno=2, col_offset=32, end_lineno=2, "
     "end_col_offset=33), lineno=2, col_offset=0, end_lineno=2, end_col_offset=33), lineno=2, "
     "col_offset=0, end_lineno=2, end_col_offset=33), "
     "Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=3, col_offset=7, "
     "end_lineno=3, end_col_offset=8)], args=[arg(arg='b', lineno=3, col_offset=13, end_lineno=3, "
     "end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0, "
     "lineno=3, col_offset=16, end_lineno=3, end_col_offset=17), lineno=3, col_offset=0, "
     "end_lineno=3, end_col_offset=17), lineno=3, col_offset=0, end_lineno=3, end_col_offset=17), "
     "Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k', lineno=4, "
     "col_offset=10, end_lineno=4, end_col_offset=11)], kw_defaults=[None], defaults=[]), "
     "body=Name(id='k', ctx=Load(), lineno=4, col_offset=13, end_lineno=4, end_col_offset=14), "
     "lineno=4, col_offset=0, end_lineno=4, end_col_offset=14), lineno=4, col_offset=0, "
     "end_lineno=4, end_col_offset=14)], type_ignores=[])"},
    {"x = a if b else c\ny = (z := 10)\nprint(w := 1)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=9, "
     "end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset=4, "
     "end_lineno=1, end_col_offset=5), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=16, "
     "end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), Assign(targets=[Name(id='y', "
     "ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], "
     "value=NamedExpr(target=Name(id='z', ctx=Store(), lineno=2, col_offset=5, end_lineno=2, "
     "end_col_offset=6), value=Constant(value=10, lineno=2, col_offset=10, end_lineno=2, "
     "end_col_offset=12), lineno=2, col_offset=5, end_lineno=2, end_col_offset=12), lineno=2, "
     "col_offset=0, end_lineno=2, end_col_offset=13), Expr(value=Call(func=Name(id='print', "
     "ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5), "
     "args=[NamedExpr(target=Name(id='w', ctx=Store(), lineno=3, col_offset=6, end_lineno=3, "
     "end_col_offset=7), value=Constant(value=1, lineno=3, col_offset=11, end_lineno=3, "
     "end_col_offset=12), lineno=3, col_offset=6, end_lineno=3, end_col_offset=12)], keywords=[], "
     "lineno=3, col_offset=0, end_lineno=3, end_col_offset=13), lineno=3, col_offset=0, "
     "end_lineno=3, end_col_offset=13)], type_ignores=[])"},
    {"a or b or c and d and not e\n",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, "
     "col_offset=5, end_lineno=1, end_col_offset=6), BoolOp(op=And(), values=[Name(id='c', "
     "ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='d', "
     "ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), UnaryOp(op=Not(), "
     "operand=Name(id='e', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), "
     "lineno=1, col_offset=22, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=10, "
     "end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])"},
    {"a < b <= c > d >= e == f != g in h not in i is j is not k\n",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq(), In(), "
     "NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, "
     "end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, "
     "end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=13, "
     "end_lineno=1, end_col_offset=14), Name(id='e', ctx=Load(), lineno=1, col_offset=18, "
     "end_lineno=1, end_col_offset=19), Name(id='f', ctx=Load(), lineno=1, col_offset=23, "
     "end_lineno=1, end_col_offset=24), Name(id='g', ctx=Load(), lineno=1, col_offset=28, "
     "end_lineno=1, end_col_offset=29), Name(id='h', ctx=Load(), lineno=1, col_offset=33, "
     "end_lineno=1, end_col_offset=34), Name(id='i', ctx=Load(), lineno=1, col_offset=42, "
     "end_lineno=1, end_col_offset=43), Name(id='j', ctx=Load(), lineno=1, col_offset=47, "
     "end_lineno=1, end_col_offset=48), Name(id='k', ctx=Load(), lineno=1, col_offset=56, "
     "end_lineno=1, end_col_offset=57)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=57), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=57)], type_ignores=[])"},
    {"a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n",
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=1), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load(), "
     "lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=BitXor(), "
     "right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=9), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load(), "
     "lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=LShift(), right=Name(id='e', "
     "ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, "
     "col_offset=12, end_lineno=1, end_col_offset=18), op=RShift(), "
     "right=BinOp(left=BinOp(left=Name(id='f', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, "
     "end_col_offset=23), op=Add(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=26, "
     "end_lineno=1, end_col_offset=27), lineno=1, col_offset=22, end_lineno=1, end_col_offset=27), "
     "op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', "
     "ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), op=Mult(), "
     "right=Name(id='i', ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), "
     "lineno=1, col_offset=30, end_lineno=1, end_col_offset=35), op=Div(), right=Name(id='j', "
     "ctx=Load(), lineno=1, col_offset=38, end_lineno=1, end_col_offset=39), lineno=1, "
     "col_offset=30, end_lineno=1, end_col_offset=39), op=FloorDiv(), right=Name(id='k', "
     "ctx=Load(), lineno=1, col_offset=43, end_lineno=1, end_col_offset=44), lineno=1, "
     "col_offset=30, end_lineno=1, end_col_offset=44), op=Mod(), right=Name(id='l', ctx=Load(), "
     "lineno=1, col_offset=47, end_lineno=1, end_col_offset=48), lineno=1, col_offset=30, "
     "end_lineno=1, end_col_offset=48), op=MatMult(), right=BinOp(left=Name(id='m', ctx=Load(), "
     "lineno=1, col_offset=51, end_lineno=1, end_col_offset=52), op=Pow(), "
     "right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='n', ctx=Load(), lineno=1, "
     "col_offset=57, end_lineno=1, end_col_offset=58), op=Pow(), right=UnaryOp(op=Invert(), "
     "operand=Name(id='o', ctx=Load(), lineno=1, col_offset=63, end_lineno=1, end_col_offset=64), "
     "lineno=1, col_offset=62, end_lineno=1, end_col_offset=64), lineno=1, col_offset=57, "
     "end_lineno=1, end_col_offset=64), lineno=1, col_offset=56, end_lineno=1, end_col_offset=64), "
     "lineno=1, col_offset=51, end_lineno=1, end_col_offset=64), lineno=1, col_offset=30, "
     "end_lineno=1, end_col_offset=64), lineno=1, col_offset=22, end_lineno=1, end_col_offset=64), "
     "lineno=1, col_offset=12, end_lineno=1, end_col_offset=64), lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=64), lineno=1, col_offset=4, end_lineno=1, end_col_offset=64), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=64), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=64)], type_ignores=[])"},
    {"-x; +x; ~x; not x\n",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=1, "
     "col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), "
     "Expr(value=UnaryOp(op=UAdd(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=5, "
     "end_lineno=1, end_col_offset=6), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), "
     "lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), Expr(value=UnaryOp(op=Invert(), "
     "operand=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), "
     "lineno=1, col_offset=8, end_lineno=1, end_col_offset=10), lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=10), Expr(value=UnaryOp(op=Not(), operand=Name(id='x', "
     "ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, "
     "col_offset=12, end_lineno=1, end_col_offset=17), lineno=1, col_offset=12, end_lineno=1, "
     "end_col_offset=17)], type_ignores=[])"},
    {"a.b.c; a[1]; a[1:2]; a[::2]; a[1:2, 3]; a[...]; a[:, None]; a[*b]; a[b:=1]\n",
     "Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=3), attr='c', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), "
     "Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, "
     "end_col_offset=8), slice=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, "
     "end_col_offset=10), ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), "
     "lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), "
     "Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, "
     "end_col_offset=14), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=15, "
     "end_lineno=1, end_col_offset=16), upper=Constant(value=2, lineno=1, col_offset=17, "
     "end_lineno=1, end_col_offset=18), lineno=1, col_offset=15, end_lineno=1, end_col_offset=18), "
     "ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=19), lineno=1, "
     "col_offset=13, end_lineno=1, end_col_offset=19), Expr(value=Subscript(value=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), "
     "slice=Slice(step=Constant(value=2, lineno=1, col_offset=25, end_lineno=1, "
     "end_col_offset=26), lineno=1, col_offset=23, end_lineno=1, end_col_offset=26), ctx=Load(), "
     "lineno=1, col_offset=21, end_lineno=1, end_col_offset=27), lineno=1, col_offset=21, "
     "end_lineno=1, end_col_offset=27), Expr(value=Subscript(value=Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), "
     "slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=31, end_lineno=1, "
     "end_col_offset=32), upper=Constant(value=2, lineno=1, col_offset=33, end_lineno=1, "
     "end_col_offset=34), lineno=1, col_offset=31, end_lineno=1, end_col_offset=34), "
     "Constant(value=3, lineno=1, col_offset=36, end_lineno=1, end_col_offset=37)], ctx=Load(), "
     "lineno=1, col_offset=31, end_lineno=1, end_col_offset=37), ctx=Load(), lineno=1, "
     "col_offset=29, end_lineno=1, end_col_offset=38), lineno=1, col_offset=29, end_lineno=1, "
     "end_col_offset=38), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=40, end_lineno=1, end_col_offset=41), slice=Constant(value=Ellipsis, lineno=1, "
     "col_offset=42, end_lineno=1, end_col_offset=45), ctx=Load(), lineno=1, col_offset=40, "
     "end_lineno=1, end_col_offset=46), lineno=1, col_offset=40, end_lineno=1, end_col_offset=46), "
     "Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=48, end_lineno=1, "
     "end_col_offset=49), slice=Tuple(elts=[Slice(lineno=1, col_offset=50, end_lineno=1, "
     "end_col_offset=51), Constant(value=None, lineno=1, col_offset=53, end_lineno=1, "
     "end_col_offset=57)], ctx=Load(), lineno=1, col_offset=50, end_lineno=1, end_col_offset=57), "
     "ctx=Load(), lineno=1, col_offset=48, end_lineno=1, end_col_offset=58), lineno=1, "
     "col_offset=48, end_lineno=1, end_col_offset=58), Expr(value=Subscript(value=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=60, end_lineno=1, end_col_offset=61), "
     "slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=63, "
     "end_lineno=1, end_col_offset=64), ctx=Load(), lineno=1, col_offset=62, end_lineno=1, "
     "end_col_offset=64)], ctx=Load(), lineno=1, col_offset=62, end_lineno=1, end_col_offset=64), "
     "ctx=Load(), lineno=1, col_offset=60, end_lineno=1, end_col_offset=65), lineno=1, "
     "col_offset=60, end_lineno=1, end_col_offset=65), Expr(value=Subscript(value=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=67, end_lineno=1, end_col_offset=68), "
     "slice=NamedExpr(target=Name(id='b', ctx=Store(), lineno=1, col_offset=69, end_lineno=1, "
     "end_col_offset=70), value=Constant(value=1, lineno=1, col_offset=72, end_lineno=1, "
     "end_col_offset=73), lineno=1, col_offset=69, end_lineno=1, end_col_offset=73), ctx=Load(), "
     "lineno=1, col_offset=67, end_lineno=1, end_col_offset=74), lineno=1, col_offset=67, "
     "end_lineno=1, end_col_offset=74)], type_ignores=[])"},
    {"f(); f(a, b); f(*a, **b); f(a, k=1, *b, **c); f(x for x in y); f(a)(b)(c)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=1), args=[], keywords=[], lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), "
     "Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, "
     "end_col_offset=6), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, "
     "end_col_offset=8), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, "
     "end_col_offset=11)], keywords=[], lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), "
     "lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), Expr(value=Call(func=Name(id='f', "
     "ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), "
     "args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, "
     "end_col_offset=18), ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=18)], "
     "keywords=[keyword(value=Name(id='b', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, "
     "end_col_offset=23), lineno=1, col_offset=20, end_lineno=1, end_col_offset=23)], lineno=1, "
     "col_offset=14, end_lineno=1, end_col_offset=24), lineno=1, col_offset=14, end_lineno=1, "
     "end_col_offset=24), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=26, "
     "end_lineno=1, end_col_offset=27), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=28, "
     "end_lineno=1, end_col_offset=29), Starred(value=Name(id='b', ctx=Load(), lineno=1, "
     "col_offset=37, end_lineno=1, end_col_offset=38), ctx=Load(), lineno=1, col_offset=36, "
     "end_lineno=1, end_col_offset=38)], keywords=[keyword(arg='k', value=Constant(value=1, "
     "lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), lineno=1, col_offset=31, "
     "end_lineno=1, end_col_offset=34), keyword(value=Name(id='c', ctx=Load(), lineno=1, "
     "col_offset=42, end_lineno=1, end_col_offset=43), lineno=1, col_offset=40, end_lineno=1, "
     "end_col_offset=43)], lineno=1, col_offset=26, end_lineno=1, end_col_offset=44), lineno=1, "
     "col_offset=26, end_lineno=1, end_col_offset=44), Expr(value=Call(func=Name(id='f', "
     "ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=47), "
     "args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=48, end_lineno=1, "
     "end_col_offset=49), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, "
     "col_offset=54, end_lineno=1, end_col_offset=55), iter=Name(id='y', ctx=Load(), lineno=1, "
     "col_offset=59, end_lineno=1, end_col_offset=60), ifs=[], is_async=0)], lineno=1, "
     "col_offset=47, end_lineno=1, end_col_offset=61)], keywords=[], lineno=1, col_offset=46, "
     "end_lineno=1, end_col_offset=61), lineno=1, col_offset=46, end_lineno=1, end_col_offset=61), "
     "Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=63, "
     "end_lineno=1, end_col_offset=64), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=65, "
     "end_lineno=1, end_col_offset=66)], keywords=[], lineno=1, col_offset=63, end_lineno=1, "
     "end_col_offset=67), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=68, end_lineno=1, "
     "end_col_offset=69)], keywords=[], lineno=1, col_offset=63, end_lineno=1, end_col_offset=70), "
     "args=[Name(id='c', ctx=Load(), lineno=1, col_offset=71, end_lineno=1, end_col_offset=72)], "
     "keywords=[], lineno=1, col_offset=63, end_lineno=1, end_col_offset=73), lineno=1, "
     "col_offset=63, end_lineno=1, end_col_offset=73)], type_ignores=[])"},
    {"[]; [1, 2]; [*a, b]; (); (1,); (1, 2); (*a, b); {}; {1: 2, **a}; {1, 2}; {*a}\n",
     "Module(body=[Expr(value=List(elts=[], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), "
     "Expr(value=List(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, "
     "end_col_offset=6), Constant(value=2, lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=9)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), "
     "lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), "
     "Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=14, "
     "end_lineno=1, end_col_offset=15), ctx=Load(), lineno=1, col_offset=13, end_lineno=1, "
     "end_col_offset=15), Name(id='b', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, "
     "end_col_offset=18)], ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=19), "
     "lineno=1, col_offset=12, end_lineno=1, end_col_offset=19), Expr(value=Tuple(elts=[], "
     "ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=23), lineno=1, "
     "col_offset=21, end_lineno=1, end_col_offset=23), Expr(value=Tuple(elts=[Constant(value=1, "
     "lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], ctx=Load(), lineno=1, "
     "col_offset=25, end_lineno=1, end_col_offset=29), lineno=1, col_offset=25, end_lineno=1, "
     "end_col_offset=29), Expr(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=32, "
     "end_lineno=1, end_col_offset=33), Constant(value=2, lineno=1, col_offset=35, end_lineno=1, "
     "end_col_offset=36)], ctx=Load(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=37), "
     "lineno=1, col_offset=31, end_lineno=1, end_col_offset=37), "
     "Expr(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=41, "
     "end_lineno=1, end_col_offset=42), ctx=Load(), lineno=1, col_offset=40, end_lineno=1, "
     "end_col_offset=42), Name(id='b', ctx=Load(), lineno=1, col_offset=44, end_lineno=1, "
     "end_col_offset=45)], ctx=Load(), lineno=1, col_offset=39, end_lineno=1, end_col_offset=46), "
     "lineno=1, col_offset=39, end_lineno=1, end_col_offset=46), Expr(value=Dict(keys=[], "
     "values=[], lineno=1, col_offset=48, end_lineno=1, end_col_offset=50), lineno=1, "
     "col_offset=48, end_lineno=1, end_col_offset=50), Expr(value=Dict(keys=[Constant(value=1, "
     "lineno=1, col_offset=53, end_lineno=1, end_col_offset=54), None], values=[Constant(value=2, "
     "lineno=1, col_offset=56, end_lineno=1, end_col_offset=57), Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=61, end_lineno=1, end_col_offset=62)], lineno=1, col_offset=52, "
     "end_lineno=1, end_col_offset=63), lineno=1, col_offset=52, end_lineno=1, end_col_offset=63), "
     "Expr(value=Set(elts=[Constant(value=1, lineno=1, col_offset=66, end_lineno=1, "
     "end_col_offset=67), Constant(value=2, lineno=1, col_offset=69, end_lineno=1, "
     "end_col_offset=70)], lineno=1, col_offset=65, end_lineno=1, end_col_offset=71), lineno=1, "
     "col_offset=65, end_lineno=1, end_col_offset=71), "
     "Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=75, "
     "end_lineno=1, end_col_offset=76), ctx=Load(), lineno=1, col_offset=74, end_lineno=1, "
     "end_col_offset=76)], lineno=1, col_offset=73, end_lineno=1, end_col_offset=77), lineno=1, "
     "col_offset=73, end_lineno=1, end_col_offset=77)], type_ignores=[])"},
    {"[x for x in y]; {x for x in y if x if z}; {k: v for k, v in d}; (x for x in y for z in x)\n",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, "
     "end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), "
     "lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), "
     "lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[], is_async=0)], lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=14), Expr(value=SetComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=17, "
     "end_lineno=1, end_col_offset=18), generators=[comprehension(target=Name(id='x', ctx=Store(), "
     "lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), iter=Name(id='y', ctx=Load(), "
     "lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), ifs=[Name(id='x', ctx=Load(), "
     "lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), Name(id='z', ctx=Load(), "
     "lineno=1, col_offset=38, end_lineno=1, end_col_offset=39)], is_async=0)], lineno=1, "
     "col_offset=16, end_lineno=1, end_col_offset=40), lineno=1, col_offset=16, end_lineno=1, "
     "end_col_offset=40), Expr(value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, "
     "col_offset=43, end_lineno=1, end_col_offset=44), value=Name(id='v', ctx=Load(), lineno=1, "
     "col_offset=46, end_lineno=1, end_col_offset=47), "
     "generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, "
     "col_offset=52, end_lineno=1, end_col_offset=53), Name(id='v', ctx=Store(), lineno=1, "
     "col_offset=55, end_lineno=1, end_col_offset=56)], ctx=Store(), lineno=1, col_offset=52, "
     "end_lineno=1, end_col_offset=56), iter=Name(id='d', ctx=Load(), lineno=1, col_offset=60, "
     "end_lineno=1, end_col_offset=61), ifs=[], is_async=0)], lineno=1, col_offset=42, "
     "end_lineno=1, end_col_offset=62), lineno=1, col_offset=42, end_lineno=1, end_col_offset=62), "
     "Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=65, end_lineno=1, "
     "end_col_offset=66), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, "
     "col_offset=71, end_lineno=1, end_col_offset=72), iter=Name(id='y', ctx=Load(), lineno=1, "
     "col_offset=76, end_lineno=1, end_col_offset=77), ifs=[], is_async=0), "
     "comprehension(target=Name(id='z', ctx=Store(), lineno=1, col_offset=82, end_lineno=1, "
     "end_col_offset=83), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=87, end_lineno=1, "
     "end_col_offset=88), ifs=[], is_async=0)], lineno=1, col_offset=64, end_lineno=1, "
     "end_col_offset=89), lineno=1, col_offset=64, end_lineno=1, end_col_offset=89)], "
     "type_ignores=[])"},
    {"[x async for x in y]\n",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, "
     "end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), "
     "lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), iter=Name(id='y', ctx=Load(), "
     "lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), ifs=[], is_async=1)], lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=20)], type_ignores=[])"},
    {"def g():\n    yield\n    yield 1\n    yield 1, 2\n    yield from x\n    x = yield\n    y = "
     "await z\n",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=[Expr(value=Yield(lineno=2, col_offset=4, end_lineno=2, "
     "end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), "
     "Expr(value=Yield(value=Constant(value=1, lineno=3, col_offset=10, end_lineno=3, "
     "end_col_offset=11), lineno=3, col_offset=4, end_lineno=3, end_col_offset=11), lineno=3, "
     "col_offset=4, end_lineno=3, end_col_offset=11), "
     "Expr(value=Yield(value=Tuple(elts=[Constant(value=1, lineno=4, col_offset=10, end_lineno=4, "
     "end_col_offset=11), Constant(value=2, lineno=4, col_offset=13, end_lineno=4, "
     "end_col_offset=14)], ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=14), "
     "lineno=4, col_offset=4, end_lineno=4, end_col_offset=14), lineno=4, col_offset=4, "
     "end_lineno=4, end_col_offset=14), Expr(value=YieldFrom(value=Name(id='x', ctx=Load(), "
     "lineno=5, col_offset=15, end_lineno=5, end_col_offset=16), lineno=5, col_offset=4, "
     "end_lineno=5, end_col_offset=16), lineno=5, col_offset=4, end_lineno=5, end_col_offset=16), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=6, col_offset=4, end_lineno=6, "
     "end_col_offset=5)], value=Yield(lineno=6, col_offset=8, end_lineno=6, end_col_offset=13), "
     "lineno=6, col_offset=4, end_lineno=6, end_col_offset=13), Assign(targets=[Name(id='y', "
     "ctx=Store(), lineno=7, col_offset=4, end_lineno=7, end_col_offset=5)], "
     "value=Await(value=Name(id='z', ctx=Load(), lineno=7, col_offset=14, end_lineno=7, "
     "end_col_offset=15), lineno=7, col_offset=8, end_lineno=7, end_col_offset=15), lineno=7, "
     "col_offset=4, end_lineno=7, end_col_offset=15)], decorator_list=[], lineno=1, col_offset=0, "
     "end_lineno=7, end_col_offset=15)], type_ignores=[])"},
    {"'a' 'b'; b'x' b'y'; u'u'; r'\\n'; rb'\\x00'; '''tri\nple'''\n",
     "Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), "
     "Expr(value=Constant(value=b'xy', lineno=1, col_offset=9, end_lineno=1, end_col_offset=18), "
     "lineno=1, col_offset=9, end_lineno=1, end_col_offset=18), Expr(value=Constant(value='u', "
     "kind='u', lineno=1, col_offset=20, end_lineno=1, end_col_offset=24), lineno=1, "
     "col_offset=20, end_lineno=1, end_col_offset=24), Expr(value=Constant(value='\\\\n', "
     "lineno=1, col_offset=26, end_lineno=1, end_col_offset=31), lineno=1, col_offset=26, "
     "end_lineno=1, end_col_offset=31), Expr(value=Constant(value=b'\\\\x00', lineno=1, "
     "col_offset=33, end_lineno=1, end_col_offset=41), lineno=1, col_offset=33, end_lineno=1, "
     "end_col_offset=41), Expr(value=Constant(value='tri\\nple', lineno=1, col_offset=43, "
     "end_lineno=2, end_col_offset=6), lineno=1, col_offset=43, end_lineno=2, end_col_offset=6)], "
     "type_ignores=[])"},
    {"'\\n\\t\\x41\\u00e9\\U0001F600\\N{BULLET}\\101\\q'\n",
     "Module(body=[Expr(value=Constant(value='\\n\\tA\303\251\360\237\230\200\342\200\242A\\\\q', "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=42), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=42)], type_ignores=[])"},
    {"b'\\x00\\xff\\n\\101\\q'\n",
     "Module(body=[Expr(value=Constant(value=b'\\x00\\xff\\nA\\\\q', lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], "
     "type_ignores=[])"},
    {"f'{a}'; f'x{a!r}y{b!s:>10}z{c!a}'; f'{a:{b}.{c}}'; f'{{}}'; f'{x=}'; f'{x = !s:^5}'; "
     "f'{3.14:.2f}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), "
     "Expr(value=JoinedStr(values=[Constant(value='x', lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=33), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=12, "
     "end_lineno=1, end_col_offset=13), conversion=114, lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=33), Constant(value='y', lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=33), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=18, "
     "end_lineno=1, end_col_offset=19), conversion=115, "
     "format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=33)], lineno=1, col_offset=8, end_lineno=1, end_col_offset=33), lineno=1, "
     "col_offset=8, end_lineno=1, end_col_offset=33), Constant(value='z', lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=33), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, "
     "col_offset=28, end_lineno=1, end_col_offset=29), conversion=97, lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=33)], lineno=1, col_offset=8, end_lineno=1, end_col_offset=33), "
     "lineno=1, col_offset=8, end_lineno=1, end_col_offset=33), "
     "Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=38, end_lineno=1, end_col_offset=39), conversion=-1, "
     "format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, "
     "col_offset=41, end_lineno=1, end_col_offset=42), conversion=-1, lineno=1, col_offset=35, "
     "end_lineno=1, end_col_offset=49), Constant(value='.', lineno=1, col_offset=35, end_lineno=1, "
     "end_col_offset=49), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=45, "
     "end_lineno=1, end_col_offset=46), conversion=-1, lineno=1, col_offset=35, end_lineno=1, "
     "end_col_offset=49)], lineno=1, col_offset=35, end_lineno=1, end_col_offset=49), lineno=1, "
     "col_offset=35, end_lineno=1, end_col_offset=49)], lineno=1, col_offset=35, end_lineno=1, "
     "end_col_offset=49), lineno=1, col_offset=35, end_lineno=1, end_col_offset=49), "
     "Expr(value=JoinedStr(values=[Constant(value='{}', lineno=1, col_offset=51, end_lineno=1, "
     "end_col_offset=58)], lineno=1, col_offset=51, end_lineno=1, end_col_offset=58), lineno=1, "
     "col_offset=51, end_lineno=1, end_col_offset=58), "
     "Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=60, end_lineno=1, "
     "end_col_offset=67), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=63, "
     "end_lineno=1, end_col_offset=64), conversion=114, lineno=1, col_offset=60, end_lineno=1, "
     "end_col_offset=67)], lineno=1, col_offset=60, end_lineno=1, end_col_offset=67), lineno=1, "
     "col_offset=60, end_lineno=1, end_col_offset=67), "
     "Expr(value=JoinedStr(values=[Constant(value='x = ', lineno=1, col_offset=69, end_lineno=1, "
     "end_col_offset=83), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=72, "
     "end_lineno=1, end_col_offset=73), conversion=115, "
     "format_spec=JoinedStr(values=[Constant(value='^5', lineno=1, col_offset=69, end_lineno=1, "
     "end_col_offset=83)], lineno=1, col_offset=69, end_lineno=1, end_col_offset=83), lineno=1, "
     "col_offset=69, end_lineno=1, end_col_offset=83)], lineno=1, col_offset=69, end_lineno=1, "
     "end_col_offset=83), lineno=1, col_offset=69, end_lineno=1, end_col_offset=83), "
     "Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14, lineno=1, "
     "col_offset=88, end_lineno=1, end_col_offset=92), conversion=-1, "
     "format_spec=JoinedStr(values=[Constant(value='.2f', lineno=1, col_offset=85, end_lineno=1, "
     "end_col_offset=98)], lineno=1, col_offset=85, end_lineno=1, end_col_offset=98), lineno=1, "
     "col_offset=85, end_lineno=1, end_col_offset=98)], lineno=1, col_offset=85, end_lineno=1, "
     "end_col_offset=98), lineno=1, col_offset=85, end_lineno=1, end_col_offset=98)], "
     "type_ignores=[])"},
    {"f'a' 'b' f'{c}' 'd'\nrf'\\n{a}'\nf'''{\na\n}'''\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, "
     "col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=19), Constant(value='d', lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=19), "
     "Expr(value=JoinedStr(values=[Constant(value='\\\\n', lineno=2, col_offset=0, end_lineno=2, "
     "end_col_offset=9), FormattedValue(value=Name(id='a', ctx=Load(), lineno=2, col_offset=6, "
     "end_lineno=2, end_col_offset=7), conversion=-1, lineno=2, col_offset=0, end_lineno=2, "
     "end_col_offset=9)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=9), lineno=2, "
     "col_offset=0, end_lineno=2, end_col_offset=9), "
     "Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=4, "
     "col_offset=0, end_lineno=4, end_col_offset=1), conversion=-1, lineno=3, col_offset=0, "
     "end_lineno=5, end_col_offset=4)], lineno=3, col_offset=0, end_lineno=5, end_col_offset=4), "
     "lineno=3, col_offset=0, end_lineno=5, end_col_offset=4)], type_ignores=[])"},
    {"F'{a}' FR'{b}' U'e'\nRb'c' BR'd'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='b', "
     "ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), Constant(value='e', lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), "
     "Expr(value=Constant(value=b'cd', lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), "
     "lineno=2, col_offset=0, end_lineno=2, end_col_offset=11)], type_ignores=[])"},
    {"x = 0; x = 123_456; x = 0x_FF; x = 0o17; x = 0b1010; x = 1.5; x = 1e10; x = 1.5e-3; x = 3j; "
     "x = 1.5J; x = .5; x = 5.; x = 1_0.0_1e+1_0\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Constant(value=0, lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, "
     "end_col_offset=8)], value=Constant(value=123456, lineno=1, col_offset=11, end_lineno=1, "
     "end_col_offset=18), lineno=1, col_offset=7, end_lineno=1, end_col_offset=18), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=20, end_lineno=1, "
     "end_col_offset=21)], value=Constant(value=255, lineno=1, col_offset=24, end_lineno=1, "
     "end_col_offset=29), lineno=1, col_offset=20, end_lineno=1, end_col_offset=29), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=31, end_lineno=1, "
     "end_col_offset=32)], value=Constant(value=15, lineno=1, col_offset=35, end_lineno=1, "
     "end_col_offset=39), lineno=1, col_offset=31, end_lineno=1, end_col_offset=39), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=41, end_lineno=1, "
     "end_col_offset=42)], value=Constant(value=10, lineno=1, col_offset=45, end_lineno=1, "
     "end_col_offset=51), lineno=1, col_offset=41, end_lineno=1, end_col_offset=51), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=53, end_lineno=1, "
     "end_col_offset=54)], value=Constant(value=1.5, lineno=1, col_offset=57, end_lineno=1, "
     "end_col_offset=60), lineno=1, col_offset=53, end_lineno=1, end_col_offset=60), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=62, end_lineno=1, "
     "end_col_offset=63)], value=Constant(value=10000000000.0, lineno=1, col_offset=66, "
     "end_lineno=1, end_col_offset=70), lineno=1, col_offset=62, end_lineno=1, end_col_offset=70), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=72, end_lineno=1, "
     "end_col_offset=73)], value=Constant(value=0.0015, lineno=1, col_offset=76, end_lineno=1, "
     "end_col_offset=82), lineno=1, col_offset=72, end_lineno=1, end_col_offset=82), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=84, end_lineno=1, "
     "end_col_offset=85)], value=Constant(value=3j, lineno=1, col_offset=88, end_lineno=1, "
     "end_col_offset=90), lineno=1, col_offset=84, end_lineno=1, end_col_offset=90), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=92, end_lineno=1, "
     "end_col_offset=93)], value=Constant(value=1.5j, lineno=1, col_offset=96, end_lineno=1, "
     "end_col_offset=100), lineno=1, col_offset=92, end_lineno=1, end_col_offset=100), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=102, end_lineno=1, "
     "end_col_offset=103)], value=Constant(value=0.5, lineno=1, col_offset=106, end_lineno=1, "
     "end_col_offset=108), lineno=1, col_offset=102, end_lineno=1, end_col_offset=108), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=110, end_lineno=1, "
     "end_col_offset=111)], value=Constant(value=5.0, lineno=1, col_offset=114, end_lineno=1, "
     "end_col_offset=116), lineno=1, col_offset=110, end_lineno=1, end_col_offset=116), "
     "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=118, end_lineno=1, "
     "end_col_offset=119)], value=Constant(value=100100000000.0, lineno=1, col_offset=122, "
     "end_lineno=1, end_col_offset=134), lineno=1, col_offset=118, end_lineno=1, "
     "end_col_offset=134)], type_ignores=[])"},
    {"x = 99999999999999999999999999999999; y = 0xFFFFFFFFFFFFFFFFFFFFFFFF; z = 1e400; w = "
     "1e-400\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Constant(value=99999999999999999999999999999999, lineno=1, "
     "col_offset=4, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=36), Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=38, "
     "end_lineno=1, end_col_offset=39)], value=Constant(value=79228162514264337593543950335, "
     "lineno=1, col_offset=42, end_lineno=1, end_col_offset=68), lineno=1, col_offset=38, "
     "end_lineno=1, end_col_offset=68), Assign(targets=[Name(id='z', ctx=Store(), lineno=1, "
     "col_offset=70, end_lineno=1, end_col_offset=71)], value=Constant(value=inf, lineno=1, "
     "col_offset=74, end_lineno=1, end_col_offset=79), lineno=1, col_offset=70, end_lineno=1, "
     "end_col_offset=79), Assign(targets=[Name(id='w', ctx=Store(), lineno=1, col_offset=81, "
     "end_lineno=1, end_col_offset=82)], value=Constant(value=0.0, lineno=1, col_offset=85, "
     "end_lineno=1, end_col_offset=91), lineno=1, col_offset=81, end_lineno=1, "
     "end_col_offset=91)], type_ignores=[])"},
    {"x = True, False, None, ...\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Tuple(elts=[Constant(value=True, lineno=1, col_offset=4, "
     "end_lineno=1, end_col_offset=8), Constant(value=False, lineno=1, col_offset=10, "
     "end_lineno=1, end_col_offset=15), Constant(value=None, lineno=1, col_offset=17, "
     "end_lineno=1, end_col_offset=21), Constant(value=Ellipsis, lineno=1, col_offset=23, "
     "end_lineno=1, end_col_offset=26)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=26), lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)], "
     "type_ignores=[])"},
    {"match x:\n    case 1 | 2 | -3:\n        pass\n    case 'a' 'b' | b'c':\n        pass\n    "
     "case None | True | False:\n        pass\n    case 1+2j | -1-2j:\n        pass\n    case "
     "a.b.c:\n        pass\n    case [a, *rest] if a > 0:\n        pass\n    case (a, b, *_):\n    "
     "    pass\n    case {'k': v, 1: w, **kw}:\n        pass\n    case Point(x, y=0, z=_) as p:\n  "
     "      pass\n    case [] | () | {}:\n        pass\n    case (a):\n        pass\n    case _:\n "
     "       pass\n",
     "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
     "end_col_offset=7), "
     "cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=2, "
     "col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, "
     "end_col_offset=10), MatchValue(value=Constant(value=2, lineno=2, col_offset=13, "
     "end_lineno=2, end_col_offset=14), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), "
     "MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=3, lineno=2, col_offset=18, "
     "end_lineno=2, end_col_offset=19), lineno=2, col_offset=17, end_lineno=2, end_col_offset=19), "
     "lineno=2, col_offset=17, end_lineno=2, end_col_offset=19)], lineno=2, col_offset=9, "
     "end_lineno=2, end_col_offset=19), body=[Pass(lineno=3, col_offset=8, end_lineno=3, "
     "end_col_offset=12)]), "
     "match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value='ab', lineno=4, "
     "col_offset=9, end_lineno=4, end_col_offset=16), lineno=4, col_offset=9, end_lineno=4, "
     "end_col_offset=16), MatchValue(value=Constant(value=b'c', lineno=4, col_offset=19, "
     "end_lineno=4, end_col_offset=23), lineno=4, col_offset=19, end_lineno=4, "
     "end_col_offset=23)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=23), "
     "body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), "
     "match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None, lineno=6, col_offset=9, "
     "end_lineno=6, end_col_offset=13), MatchSingleton(value=True, lineno=6, col_offset=16, "
     "end_lineno=6, end_col_offset=20), MatchSingleton(value=False, lineno=6, col_offset=23, "
     "end_lineno=6, end_col_offset=28)], lineno=6, col_offset=9, end_lineno=6, end_col_offset=28), "
     "body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)]), "
     "match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=Constant(value=1, lineno=8, "
     "col_offset=9, end_lineno=8, end_col_offset=10), op=Add(), right=Constant(value=2j, lineno=8, "
     "col_offset=11, end_lineno=8, end_col_offset=13), lineno=8, col_offset=9, end_lineno=8, "
     "end_col_offset=13), lineno=8, col_offset=9, end_lineno=8, end_col_offset=13), "
     "MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1, lineno=8, "
     "col_offset=17, end_lineno=8, end_col_offset=18), lineno=8, col_offset=16, end_lineno=8, "
     "end_col_offset=18), op=Sub(), right=Constant(value=2j, lineno=8, col_offset=19, "
     "end_lineno=8, end_col_offset=21), lineno=8, col_offset=16, end_lineno=8, end_col_offset=21), "
     "lineno=8, col_offset=16, end_lineno=8, end_col_offset=21)], lineno=8, col_offset=9, "
     "end_lineno=8, end_col_offset=21), body=[Pass(lineno=9, col_offset=8, end_lineno=9, "
     "end_col_offset=12)]), "
     "match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), "
     "lineno=10, col_offset=9, end_lineno=10, end_col_offset=10), attr='b', ctx=Load(), lineno=10, "
     "col_offset=9, end_lineno=10, end_col_offset=12), attr='c', ctx=Load(), lineno=10, "
     "col_offset=9, end_lineno=10, end_col_offset=14), lineno=10, col_offset=9, end_lineno=10, "
     "end_col_offset=14), body=[Pass(lineno=11, col_offset=8, end_lineno=11, end_col_offset=12)]), "
     "match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=12, col_offset=10, "
     "end_lineno=12, end_col_offset=11), MatchStar(name='rest', lineno=12, col_offset=13, "
     "end_lineno=12, end_col_offset=18)], lineno=12, col_offset=9, end_lineno=12, "
     "end_col_offset=19), guard=Compare(left=Name(id='a', ctx=Load(), lineno=12, col_offset=23, "
     "end_lineno=12, end_col_offset=24), ops=[Gt()], comparators=[Constant(value=0, lineno=12, "
     "col_offset=27, end_lineno=12, end_col_offset=28)], lineno=12, col_offset=23, end_lineno=12, "
     "end_col_offset=28), body=[Pass(lineno=13, col_offset=8, end_lineno=13, end_col_offset=12)]), "
     "match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=14, col_offset=10, "
     "end_lineno=14, end_col_offset=11), MatchAs(name='b', lineno=14, col_offset=13, "
     "end_lineno=14, end_col_offset=14), MatchStar(lineno=14, col_offset=16, end_lineno=14, "
     "end_col_offset=18)], lineno=14, col_offset=9, end_lineno=14, end_col_offset=19), "
     "body=[Pass(lineno=15, col_offset=8, end_lineno=15, end_col_offset=12)]), "
     "match_case(pattern=MatchMapping(keys=[Constant(value='k', lineno=16, col_offset=10, "
     "end_lineno=16, end_col_offset=13), Constant(value=1, lineno=16, col_offset=18, "
     "end_lineno=16, end_col_offset=19)], patterns=[MatchAs(name='v', lineno=16, col_offset=15, "
     "end_lineno=16, end_col_offset=16), MatchAs(name='w', lineno=16, col_offset=21, "
     "end_lineno=16, end_col_offset=22)], rest='kw', lineno=16, col_offset=9, end_lineno=16, "
     "end_col_offset=29), body=[Pass(lineno=17, col_offset=8, end_lineno=17, end_col_offset=12)]), "
     "match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno=18, "
     "col_offset=9, end_lineno=18, end_col_offset=14), patterns=[MatchAs(name='x', lineno=18, "
     "col_offset=15, end_lineno=18, end_col_offset=16)], kwd_attrs=['y', 'z'], "
     "kwd_patterns=[MatchValue(value=Constant(value=0, lineno=18, col_offset=20, end_lineno=18, "
     "end_col_offset=21), lineno=18, col_offset=20, end_lineno=18, end_col_offset=21), "
     "MatchAs(lineno=18, col_offset=25, end_lineno=18, end_col_offset=26)], lineno=18, "
     "col_offset=9, end_lineno=18, end_col_offset=27), name='p', lineno=18, col_offset=9, "
     "end_lineno=18, end_col_offset=32), body=[Pass(lineno=19, col_offset=8, end_lineno=19, "
     "end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[], "
     "lineno=20, col_offset=9, end_lineno=20, end_col_offset=11), MatchSequence(patterns=[], "
     "lineno=20, col_offset=14, end_lineno=20, end_col_offset=16), MatchMapping(keys=[], "
     "patterns=[], lineno=20, col_offset=19, end_lineno=20, end_col_offset=21)], lineno=20, "
     "col_offset=9, end_lineno=20, end_col_offset=21), body=[Pass(lineno=21, col_offset=8, "
     "end_lineno=21, end_col_offset=12)]), match_case(pattern=MatchAs(name='a', lineno=22, "
     "col_offset=10, end_lineno=22, end_col_offset=11), body=[Pass(lineno=23, col_offset=8, "
     "end_lineno=23, end_col_offset=12)]), match_case(pattern=MatchAs(lineno=24, col_offset=9, "
     "end_lineno=24, end_col_offset=10), body=[Pass(lineno=25, col_offset=8, end_lineno=25, "
     "end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=25, end_col_offset=12)], "
     "type_ignores=[])"},
    {"match a, b:\n    case x, y: pass\nmatch *a, b:\n    case [*_]: pass\n",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, "
     "end_lineno=1, end_col_offset=7), Name(id='b', ctx=Load(), lineno=1, col_offset=9, "
     "end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
     "end_col_offset=10), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='x', "
     "lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), MatchAs(name='y', lineno=2, "
     "col_offset=12, end_lineno=2, end_col_offset=13)], lineno=2, col_offset=9, end_lineno=2, "
     "end_col_offset=13), body=[Pass(lineno=2, col_offset=15, end_lineno=2, end_col_offset=19)])], "
     "lineno=1, col_offset=0, end_lineno=2, end_col_offset=19), "
     "Match(subject=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=3, col_offset=7, "
     "end_lineno=3, end_col_offset=8), ctx=Load(), lineno=3, col_offset=6, end_lineno=3, "
     "end_col_offset=8), Name(id='b', ctx=Load(), lineno=3, col_offset=10, end_lineno=3, "
     "end_col_offset=11)], ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=11), "
     "cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(lineno=4, col_offset=10, "
     "end_lineno=4, end_col_offset=12)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=13), "
     "body=[Pass(lineno=4, col_offset=15, end_lineno=4, end_col_offset=19)])], lineno=3, "
     "col_offset=0, end_lineno=4, end_col_offset=19)], type_ignores=[])"},
    {"match = 1\nmatch.x = 2\nmatch(x)\ncase = 3\n_ = 4\n",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), "
     "Assign(targets=[Attribute(value=Name(id='match', ctx=Load(), lineno=2, col_offset=0, "
     "end_lineno=2, end_col_offset=5), attr='x', ctx=Store(), lineno=2, col_offset=0, "
     "end_lineno=2, end_col_offset=7)], value=Constant(value=2, lineno=2, col_offset=10, "
     "end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), "
     "Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, "
     "end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, "
     "end_col_offset=7)], keywords=[], lineno=3, col_offset=0, end_lineno=3, end_col_offset=8), "
     "lineno=3, col_offset=0, end_lineno=3, end_col_offset=8), Assign(targets=[Name(id='case', "
     "ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=4)], "
     "value=Constant(value=3, lineno=4, col_offset=7, end_lineno=4, end_col_offset=8), lineno=4, "
     "col_offset=0, end_lineno=4, end_col_offset=8), Assign(targets=[Name(id='_', ctx=Store(), "
     "lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)], value=Constant(value=4, lineno=5, "
     "col_offset=4, end_lineno=5, end_col_offset=5), lineno=5, col_offset=0, end_lineno=5, "
     "end_col_offset=5)], type_ignores=[])"},
    {"x = [\n    1,\n    2,\n]\ny = 1 + \\\n    2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=2, col_offset=4, end_lineno=2, "
     "end_col_offset=5), Constant(value=2, lineno=3, col_offset=4, end_lineno=3, "
     "end_col_offset=5)], ctx=Load(), lineno=1, col_offset=4, end_lineno=4, end_col_offset=1), "
     "lineno=1, col_offset=0, end_lineno=4, end_col_offset=1), Assign(targets=[Name(id='y', "
     "ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)], "
     "value=BinOp(left=Constant(value=1, lineno=5, col_offset=4, end_lineno=5, end_col_offset=5), "
     "op=Add(), right=Constant(value=2, lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), "
     "lineno=5, col_offset=4, end_lineno=6, end_col_offset=5), lineno=5, col_offset=0, "
     "end_lineno=6, end_col_offset=5)], type_ignores=[])"},
    {"if x:\n\tif y:\n\t\tpass\n",
     "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
     "end_col_offset=4), body=[If(test=Name(id='y', ctx=Load(), lineno=2, col_offset=4, "
     "end_lineno=2, end_col_offset=5), body=[Pass(lineno=3, col_offset=2, end_lineno=3, "
     "end_col_offset=6)], orelse=[], lineno=2, col_offset=1, end_lineno=3, end_col_offset=6)], "
     "orelse=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=6)], type_ignores=[])"},
    {"def f():\n    return (\n        a\n        + b\n    )\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=[Return(value=BinOp(left=Name(id='a', ctx=Load(), "
     "lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), op=Add(), right=Name(id='b', "
     "ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), lineno=3, "
     "col_offset=8, end_lineno=4, end_col_offset=11), lineno=2, col_offset=4, end_lineno=5, "
     "end_col_offset=5)], decorator_list=[], lineno=1, col_offset=0, end_lineno=5, "
     "end_col_offset=5)], type_ignores=[])"},
    {"\303\251 = 1\n\357\254\201 = 2\nna\303\257ve = '\303\274'\n",
     "Module(body=[Assign(targets=[Name(id='\303\251', ctx=Store(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=2)], value=Constant(value=1, lineno=1, col_offset=5, "
     "end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), "
     "Assign(targets=[Name(id='fi', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, "
     "end_col_offset=3)], value=Constant(value=2, lineno=2, col_offset=6, end_lineno=2, "
     "end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7), "
     "Assign(targets=[Name(id='na\303\257ve', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, "
     "end_col_offset=6)], value=Constant(value='\303\274', lineno=3, col_offset=9, end_lineno=3, "
     "end_col_offset=13), lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)], "
     "type_ignores=[])"},
    {"s = '\342\202\254' + f'{\303\251}\342\202\254'\n",
     "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=BinOp(left=Constant(value='\342\202\254', lineno=1, col_offset=4, "
     "end_lineno=1, end_col_offset=9), op=Add(), "
     "right=JoinedStr(values=[FormattedValue(value=Name(id='\303\251', ctx=Load(), lineno=1, "
     "col_offset=15, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=12, "
     "end_lineno=1, end_col_offset=22), Constant(value='\342\202\254', lineno=1, col_offset=12, "
     "end_lineno=1, end_col_offset=22)], lineno=1, col_offset=12, end_lineno=1, "
     "end_col_offset=22), lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"},
    {"x = 1 if 2 else 3 if 4 else 5\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=IfExp(test=Constant(value=2, lineno=1, col_offset=9, end_lineno=1, "
     "end_col_offset=10), body=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), orelse=IfExp(test=Constant(value=4, lineno=1, col_offset=21, "
     "end_lineno=1, end_col_offset=22), body=Constant(value=3, lineno=1, col_offset=16, "
     "end_lineno=1, end_col_offset=17), orelse=Constant(value=5, lineno=1, col_offset=28, "
     "end_lineno=1, end_col_offset=29), lineno=1, col_offset=16, end_lineno=1, end_col_offset=29), "
     "lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=29)], type_ignores=[])"},
    {"a = b = c = 1\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), Name(id='c', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=9)], value=Constant(value=1, lineno=1, col_offset=12, end_lineno=1, "
     "end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], "
     "type_ignores=[])"},
    {"print(*args, sep='', **kw)\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=5), args=[Starred(value=Name(id='args', ctx=Load(), lineno=1, "
     "col_offset=7, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=6, "
     "end_lineno=1, end_col_offset=11)], keywords=[keyword(arg='sep', value=Constant(value='', "
     "lineno=1, col_offset=17, end_lineno=1, end_col_offset=19), lineno=1, col_offset=13, "
     "end_lineno=1, end_col_offset=19), keyword(value=Name(id='kw', ctx=Load(), lineno=1, "
     "col_offset=23, end_lineno=1, end_col_offset=25), lineno=1, col_offset=21, end_lineno=1, "
     "end_col_offset=25)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=26), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=26)], type_ignores=[])"},
    {"x[1:2:3] = y[::]\n",
     "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load(), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lower=Constant(value=1, lineno=1, "
     "col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, "
     "col_offset=4, end_lineno=1, end_col_offset=5), step=Constant(value=3, lineno=1, "
     "col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=2, end_lineno=1, "
     "end_col_offset=7), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], "
     "value=Subscript(value=Name(id='y', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, "
     "end_col_offset=12), slice=Slice(lineno=1, col_offset=13, end_lineno=1, end_col_offset=15), "
     "ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=16), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"},
    {"(a) = 1\n[a, b] = c\n(a, b), c = d\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, "
     "end_col_offset=2)], value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, "
     "end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), "
     "Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=2, col_offset=1, end_lineno=2, "
     "end_col_offset=2), Name(id='b', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, "
     "end_col_offset=5)], ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], "
     "value=Name(id='c', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), "
     "lineno=2, col_offset=0, end_lineno=2, end_col_offset=10), "
     "Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=3, col_offset=1, "
     "end_lineno=3, end_col_offset=2), Name(id='b', ctx=Store(), lineno=3, col_offset=4, "
     "end_lineno=3, end_col_offset=5)], ctx=Store(), lineno=3, col_offset=0, end_lineno=3, "
     "end_col_offset=6), Name(id='c', ctx=Store(), lineno=3, col_offset=8, end_lineno=3, "
     "end_col_offset=9)], ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=9)], "
     "value=Name(id='d', ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13), "
     "lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)], type_ignores=[])"},
    {"class A:\n    __slots__ = ()\n    def __init__(self, *a, **k):\n        self.__x = 1\n",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], "
     "body=[Assign(targets=[Name(id='__slots__', ctx=Store(), lineno=2, col_offset=4, "
     "end_lineno=2, end_col_offset=13)], value=Tuple(elts=[], ctx=Load(), lineno=2, col_offset=16, "
     "end_lineno=2, end_col_offset=18), lineno=2, col_offset=4, end_lineno=2, end_col_offset=18), "
     "FunctionDef(name='__init__', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=3, "
     "col_offset=17, end_lineno=3, end_col_offset=21)], vararg=arg(arg='a', lineno=3, "
     "col_offset=24, end_lineno=3, end_col_offset=25), kwonlyargs=[], kw_defaults=[], "
     "kwarg=arg(arg='k', lineno=3, col_offset=29, end_lineno=3, end_col_offset=30), defaults=[]), "
     "body=[Assign(targets=[Attribute(value=Name(id='self', ctx=Load(), lineno=4, col_offset=8, "
     "end_lineno=4, end_col_offset=12), attr='__x', ctx=Store(), lineno=4, col_offset=8, "
     "end_lineno=4, end_col_offset=16)], value=Constant(value=1, lineno=4, col_offset=19, "
     "end_lineno=4, end_col_offset=20), lineno=4, col_offset=8, end_lineno=4, end_col_offset=20)], "
     "decorator_list=[], lineno=3, col_offset=4, end_lineno=4, end_col_offset=20)], "
     "decorator_list=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=20)], "
     "type_ignores=[])"},
    {"x = not not a\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, "
     "col_offset=8, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], "
     "type_ignores=[])"},
    {"with open('f') as f, open('g') as g:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load(), "
     "lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), args=[Constant(value='f', lineno=1, "
     "col_offset=10, end_lineno=1, end_col_offset=13)], keywords=[], lineno=1, col_offset=5, "
     "end_lineno=1, end_col_offset=14), optional_vars=Name(id='f', ctx=Store(), lineno=1, "
     "col_offset=18, end_lineno=1, end_col_offset=19)), "
     "withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lineno=1, col_offset=21, "
     "end_lineno=1, end_col_offset=25), args=[Constant(value='g', lineno=1, col_offset=26, "
     "end_lineno=1, end_col_offset=29)], keywords=[], lineno=1, col_offset=21, end_lineno=1, "
     "end_col_offset=30), optional_vars=Name(id='g', ctx=Store(), lineno=1, col_offset=34, "
     "end_lineno=1, end_col_offset=35))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, "
     "end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], "
     "type_ignores=[])"},
    {"async def f():\n    async with a as (b, c):\n        pass\n    await asyncio.sleep(1)\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), "
     "body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=2, "
     "col_offset=15, end_lineno=2, end_col_offset=16), optional_vars=Tuple(elts=[Name(id='b', "
     "ctx=Store(), lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), Name(id='c', "
     "ctx=Store(), lineno=2, col_offset=24, end_lineno=2, end_col_offset=25)], ctx=Store(), "
     "lineno=2, col_offset=20, end_lineno=2, end_col_offset=26))], body=[Pass(lineno=3, "
     "col_offset=8, end_lineno=3, end_col_offset=12)], lineno=2, col_offset=4, end_lineno=3, "
     "end_col_offset=12), Expr(value=Await(value=Call(func=Attribute(value=Name(id='asyncio', "
     "ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=17), attr='sleep', "
     "ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=23), "
     "args=[Constant(value=1, lineno=4, col_offset=24, end_lineno=4, end_col_offset=25)], "
     "keywords=[], lineno=4, col_offset=10, end_lineno=4, end_col_offset=26), lineno=4, "
     "col_offset=4, end_lineno=4, end_col_offset=26), lineno=4, col_offset=4, end_lineno=4, "
     "end_col_offset=26)], decorator_list=[], lineno=1, col_offset=0, end_lineno=4, "
     "end_col_offset=26)], type_ignores=[])"},
    {"del (a), [b]\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, end_lineno=1, "
     "end_col_offset=6), List(elts=[Name(id='b', ctx=Del(), lineno=1, col_offset=10, end_lineno=1, "
     "end_col_offset=11)], ctx=Del(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"x = {**a, 'b': 1, **c}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Dict(keys=[None, Constant(value='b', lineno=1, col_offset=10, "
     "end_lineno=1, end_col_offset=13), None], values=[Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=7, end_lineno=1, end_col_offset=8), Constant(value=1, lineno=1, col_offset=15, "
     "end_lineno=1, end_col_offset=16), Name(id='c', ctx=Load(), lineno=1, col_offset=20, "
     "end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"},
    {"for x in *a, *b: pass\n",
     "Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, "
     "end_lineno=1, end_col_offset=11), Starred(value=Name(id='b', ctx=Load(), lineno=1, "
     "col_offset=14, end_lineno=1, end_col_offset=15), ctx=Load(), lineno=1, col_offset=13, "
     "end_lineno=1, end_col_offset=15)], ctx=Load(), lineno=1, col_offset=9, end_lineno=1, "
     "end_col_offset=15), body=[Pass(lineno=1, col_offset=17, end_lineno=1, end_col_offset=21)], "
     "orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"},
    {"x = *a, *b\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=4, "
     "end_lineno=1, end_col_offset=6), Starred(value=Name(id='b', ctx=Load(), lineno=1, "
     "col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=8, "
     "end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], "
     "type_ignores=[])"},
    {"f(a)[b].c\n",
     "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], keywords=[], lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=4), slice=Name(id='b', ctx=Load(), lineno=1, "
     "col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=7), attr='c', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], "
     "type_ignores=[])"},
    {"x = '\\\n'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Constant(value='', lineno=1, col_offset=4, end_lineno=2, "
     "end_col_offset=1), lineno=1, col_offset=0, end_lineno=2, end_col_offset=1)], "
     "type_ignores=[])"},
    {"\"\"\"docstring\"\"\"\nimport os\n",
     "Module(body=[Expr(value=Constant(value='docstring', lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), "
     "Import(names=[alias(name='os', lineno=2, col_offset=7, end_lineno=2, end_col_offset=9)], "
     "lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])"},
    {"x = 1  # comment\n# only comment\n\n\ny = 2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), "
     "Assign(targets=[Name(id='y', ctx=Store(), lineno=5, col_offset=0, end_lineno=5, "
     "end_col_offset=1)], value=Constant(value=2, lineno=5, col_offset=4, end_lineno=5, "
     "end_col_offset=5), lineno=5, col_offset=0, end_lineno=5, end_col_offset=5)], "
     "type_ignores=[])"},
    {"if True:\n    pass\n    # trailing comment\n\n",
     "Module(body=[If(test=Constant(value=True, lineno=1, col_offset=3, end_lineno=1, "
     "end_col_offset=7), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], "
     "orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {"x = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], "
     "type_ignores=[])"},
    {"", "Module(body=[], type_ignores=[])"},
    {"\n\n", "Module(body=[], type_ignores=[])"},
    {"# just a comment", "Module(body=[], type_ignores=[])"},
    {"def f(): return 1\nclass C: x = 1; y = 2\nif x: a; b\nwhile x: pass\nfor x in y: pass\nwith "
     "x: pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1, lineno=1, col_offset=16, "
     "end_lineno=1, end_col_offset=17), lineno=1, col_offset=9, end_lineno=1, end_col_offset=17)], "
     "decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), "
     "ClassDef(name='C', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store(), "
     "lineno=2, col_offset=9, end_lineno=2, end_col_offset=10)], value=Constant(value=1, lineno=2, "
     "col_offset=13, end_lineno=2, end_col_offset=14), lineno=2, col_offset=9, end_lineno=2, "
     "end_col_offset=14), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=16, "
     "end_lineno=2, end_col_offset=17)], value=Constant(value=2, lineno=2, col_offset=20, "
     "end_lineno=2, end_col_offset=21), lineno=2, col_offset=16, end_lineno=2, "
     "end_col_offset=21)], decorator_list=[], lineno=2, col_offset=0, end_lineno=2, "
     "end_col_offset=21), If(test=Name(id='x', ctx=Load(), lineno=3, col_offset=3, end_lineno=3, "
     "end_col_offset=4), body=[Expr(value=Name(id='a', ctx=Load(), lineno=3, col_offset=6, "
     "end_lineno=3, end_col_offset=7), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), "
     "Expr(value=Name(id='b', ctx=Load(), lineno=3, col_offset=9, end_lineno=3, "
     "end_col_offset=10), lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], orelse=[], "
     "lineno=3, col_offset=0, end_lineno=3, end_col_offset=10), While(test=Name(id='x', "
     "ctx=Load(), lineno=4, col_offset=6, end_lineno=4, end_col_offset=7), body=[Pass(lineno=4, "
     "col_offset=9, end_lineno=4, end_col_offset=13)], orelse=[], lineno=4, col_offset=0, "
     "end_lineno=4, end_col_offset=13), For(target=Name(id='x', ctx=Store(), lineno=5, "
     "col_offset=4, end_lineno=5, end_col_offset=5), iter=Name(id='y', ctx=Load(), lineno=5, "
     "col_offset=9, end_lineno=5, end_col_offset=10), body=[Pass(lineno=5, col_offset=12, "
     "end_lineno=5, end_col_offset=16)], orelse=[], lineno=5, col_offset=0, end_lineno=5, "
     "end_col_offset=16), With(items=[withitem(context_expr=Name(id='x', ctx=Load(), lineno=6, "
     "col_offset=5, end_lineno=6, end_col_offset=6))], body=[Pass(lineno=6, col_offset=8, "
     "end_lineno=6, end_col_offset=12)], lineno=6, col_offset=0, end_lineno=6, "
     "end_col_offset=12)], type_ignores=[])"},
    {"try: pass\nexcept: pass\n",
     "Module(body=[Try(body=[Pass(lineno=1, col_offset=5, end_lineno=1, end_col_offset=9)], "
     "handlers=[ExceptHandler(body=[Pass(lineno=2, col_offset=8, end_lineno=2, "
     "end_col_offset=12)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)], orelse=[], "
     "finalbody=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[])"},
    {"x = lambda: (yield)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=Yield(lineno=1, col_offset=13, end_lineno=1, "
     "end_col_offset=18), lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"f'{x:{y}}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), "
     "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, "
     "format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, "
     "col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], "
     "type_ignores=[])"},
    {"f'{a[\"b\"]}' f\"{c['d']}\"\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), "
     "slice=Constant(value='b', lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), "
     "ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), "
     "FormattedValue(value=Subscript(value=Name(id='c', ctx=Load(), lineno=1, col_offset=15, "
     "end_lineno=1, end_col_offset=16), slice=Constant(value='d', lineno=1, col_offset=17, "
     "end_lineno=1, end_col_offset=20), ctx=Load(), lineno=1, col_offset=15, end_lineno=1, "
     "end_col_offset=21), conversion=-1, lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"},
    {"f'''{a\n+b}'''\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), "
     "right=Name(id='b', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), "
     "lineno=1, col_offset=5, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, "
     "col_offset=0, end_lineno=2, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=2, "
     "end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, end_col_offset=6)], "
     "type_ignores=[])"},
    {"x = f'{a}' f'{b}' '{c}'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, "
     "col_offset=4, end_lineno=1, end_col_offset=23), FormattedValue(value=Name(id='b', "
     "ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, "
     "lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), Constant(value='{c}', lineno=1, "
     "col_offset=4, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], "
     "type_ignores=[])"},
    {"f'{a:}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, "
     "format_spec=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], "
     "type_ignores=[])"},
    {"f'{a!r:}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, "
     "format_spec=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], "
     "type_ignores=[])"},
    {"f'{\"a\" if b else \"c\"}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='b', "
     "ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), "
     "body=Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), "
     "orelse=Constant(value='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=20), "
     "lineno=1, col_offset=3, end_lineno=1, end_col_offset=20), conversion=-1, lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], "
     "type_ignores=[])"},
    {"f'{(lambda x: 1)}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Lambda(args=arguments("
     "posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=11, end_lineno=1, "
     "end_col_offset=12)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1, "
     "lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, "
     "end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"},
    {"f'{x:=10}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), "
     "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, "
     "format_spec=JoinedStr(values=[Constant(value='=10', lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], "
     "type_ignores=[])"},
    {"f'{a == b}' f'{a != b}' f'{a <= b}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Eq()], "
     "comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, "
     "end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=35), "
     "FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=15, "
     "end_lineno=1, end_col_offset=16), ops=[NotEq()], comparators=[Name(id='b', ctx=Load(), "
     "lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=15, "
     "end_lineno=1, end_col_offset=21), conversion=-1, lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=35), FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=27, end_lineno=1, end_col_offset=28), ops=[LtE()], comparators=[Name(id='b', "
     "ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33)], lineno=1, "
     "col_offset=27, end_lineno=1, end_col_offset=33), conversion=-1, lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=35)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=35), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)], type_ignores=[])"},
    {"f'\\N{BULLET} {a}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\342\200\242 ', lineno=1, "
     "col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='a', "
     "ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], "
     "type_ignores=[])"},
    {"'\\ud800'\n",
     "Module(body=[Expr(value=Constant(value='\\ud800', lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], "
     "type_ignores=[])"},
};

struct ErrorCase {
  const char* name;
  std::string source;
  const char* expected;  // python3.11 stderr for /tmp/t.py ("" if it compiles)
};

const ErrorCase kErrorCases[] = {
    {"assign_call", std::string("f() = 1\012", 8),
     "  File \"/tmp/t.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function "
     "call here. Maybe you meant '==' instead of '='?\n"},
    {"assign_lit", std::string("1 = x\012", 6),
     "  File \"/tmp/t.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. "
     "Maybe you meant '==' instead of '='?\n"},
    {"assign_lit2", std::string("x = 1 = y\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = 1 = y\n        ^\nSyntaxError: cannot assign to "
     "literal\n"},
    {"assign_tuple_lit", std::string("a, 1 = x\012", 9),
     "  File \"/tmp/t.py\", line 1\n    a, 1 = x\n       ^\nSyntaxError: cannot assign to literal "
     "here. Maybe you meant '==' instead of '='?\n"},
    {"assign_none", std::string("None = 1\012", 9),
     "  File \"/tmp/t.py\", line 1\n    None = 1\n    ^^^^\nSyntaxError: cannot assign to None\n"},
    {"if_assign", std::string("if x = 1:\012  pass\012", 17),
     "  File \"/tmp/t.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. "
     "Maybe you meant '==' or ':=' instead of '='?\n"},
    {"if_call_assign", std::string("if f() = 1:\012  pass\012", 19),
     "  File \"/tmp/t.py\", line 1\n    if f() = 1:\n       ^^^\nSyntaxError: cannot assign to "
     "function call here. Maybe you meant '==' instead of '='?\n"},
    {"aug_tuple", std::string("a, b += 1\012", 10),
     "  File \"/tmp/t.py\", line 1\n    a, b += 1\n    ^^^^\nSyntaxError: 'tuple' is an illegal "
     "expression for augmented assignment\n"},
    {"ann_tuple", std::string("a, b: int\012", 10),
     "  File \"/tmp/t.py\", line 1\n    a, b: int\n    ^\nSyntaxError: only single target (not "
     "tuple) can be annotated\n"},
    {"ann_bad", std::string("f(): int\012", 9),
     "  File \"/tmp/t.py\", line 1\n    f(): int\n    ^^^\nSyntaxError: illegal target for "
     "annotation\n"},
    {"del_call", std::string("del f()\012", 8),
     "  File \"/tmp/t.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function "
     "call\n"},
    {"for_lit", std::string("for 1 in x: pass\012", 17),
     "  File \"/tmp/t.py\", line 1\n    for 1 in x: pass\n        ^\nSyntaxError: cannot assign to "
     "literal\n"},
    {"with_lit", std::string("with a as 1: pass\012", 18),
     "  File \"/tmp/t.py\", line 1\n    with a as 1: pass\n              ^\nSyntaxError: cannot "
     "assign to literal\n"},
    {"walrus_attr", std::string("(a.b := 1)\012", 11),
     "  File \"/tmp/t.py\", line 1\n    (a.b := 1)\n     ^^^\nSyntaxError: cannot use assignment "
     "expressions with attribute\n"},
    {"comma", std::string("print(1 2)\012", 11),
     "  File \"/tmp/t.py\", line 1\n    print(1 2)\n          ^^^\nSyntaxError: invalid syntax. "
     "Perhaps you forgot a comma?\n"},
    {"comma2", std::string("x = [a b]\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = [a b]\n         ^^^\nSyntaxError: invalid syntax. "
     "Perhaps you forgot a comma?\n"},
    {"never_closed", std::string("x = (1,\012y = 2\012", 14),
     "  File \"/tmp/t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
    {"never_closed2", std::string("x = [1,\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = [1,\n        ^\nSyntaxError: '[' was never closed\n"},
    {"unmatched", std::string("x = 1)\012", 7),
     "  File \"/tmp/t.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n"},
    {"mismatch", std::string("x = (1]\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = (1]\n          ^\nSyntaxError: closing parenthesis ']' "
     "does not match opening parenthesis '('\n"},
    {"mismatch2", std::string("x = (1,\0122]\012", 11),
     "  File \"/tmp/t.py\", line 2\n    2]\n     ^\nSyntaxError: closing parenthesis ']' does not "
     "match opening parenthesis '(' on line 1\n"},
    {"unterminated", std::string("x = \042abc\012", 9),
     "  File \"/tmp/t.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string "
     "literal (detected at line 1)\n"},
    {"unterminated3", std::string("x = 1\012y = \042\042\042abc\012\012", 18),
     "  File \"/tmp/t.py\", line 2\n    y = \"\"\"abc\n        ^\nSyntaxError: unterminated "
     "triple-quoted string literal (detected at line 3)\n"},
    {"expected_colon", std::string("if x\012  pass\012", 12),
     "  File \"/tmp/t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"},
    {"expected_colon_def", std::string("def f()\012  pass\012", 15),
     "  File \"/tmp/t.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n"},
    {"indent_if", std::string("if x:\012pass\012", 11),
     "  File \"/tmp/t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'if' statement on line 1\n"},
    {"indent_for", std::string("for x in y:\012pass\012", 17),
     "  File \"/tmp/t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'for' statement on line 1\n"},
    {"indent_while", std::string("while x:\012pass\012", 14),
     "  File \"/tmp/t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'while' statement on line 1\n"},
    {"indent_def", std::string("def f():\012pass\012", 14),
     "  File \"/tmp/t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after function definition on line 1\n"},
    {"indent_class", std::string("class C:\012pass\012", 14),
     "  File \"/tmp/t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after class definition on line 1\n"},
    {"indent_with", std::string("with a:\012pass\012", 13),
     "  File \"/tmp/t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'with' statement on line 1\n"},
    {"indent_try", std::string("try:\012pass\012", 10),
     "  File \"/tmp/t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'try' statement on line 1\n"},
    {"indent_except", std::string("try:\012  pass\012except:\012pass\012", 25),
     "  File \"/tmp/t.py\", line 4\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'except' statement on line 3\n"},
    {"indent_else", std::string("if x:\012  pass\012else:\012pass\012", 24),
     "  File \"/tmp/t.py\", line 4\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'else' statement on line 3\n"},
    {"indent_elif", std::string("if x:\012  pass\012elif y:\012pass\012", 26),
     "  File \"/tmp/t.py\", line 4\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'elif' statement on line 3\n"},
    {"indent_finally", std::string("try:\012  pass\012finally:\012pass\012", 26),
     "  File \"/tmp/t.py\", line 4\n    pass\n    ^\nIndentationError: expected an indented block "
     "after 'finally' statement on line 3\n"},
    {"indent_eof", std::string("if x:\012", 6),
     "  File \"/tmp/t.py\", line 1\n    if x:\nIndentationError: expected an indented block after "
     "'if' statement on line 1\n"},
    {"unexpected_indent", std::string("x = 1\012  y = 2\012", 14),
     "  File \"/tmp/t.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"},
    {"unindent", std::string("if x:\012    a\012  b\012", 16),
     "  File \"/tmp/t.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any "
     "outer indentation level\n"},
    {"tab", std::string("if x:\012        a\012\011b\012", 19),
     "  File \"/tmp/t.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in "
     "indentation\n"},
    {"invalid_decimal", std::string("x = 1abc\012", 9),
     "  File \"/tmp/t.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal "
     "literal\n"},
    {"invalid_hex", std::string("x = 0xg\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = 0xg\n         ^\nSyntaxError: invalid hexadecimal "
     "literal\n"},
    {"invalid_octal", std::string("x = 0o8\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = 0o8\n          ^\nSyntaxError: invalid digit '8' in "
     "octal literal\n"},
    {"leading_zero", std::string("x = 012\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = 012\n        ^\nSyntaxError: leading zeros in decimal "
     "integer literals are not permitted; use an 0o prefix for octal integers\n"},
    {"underscore", std::string("x = 1__0\012", 9),
     "  File \"/tmp/t.py\", line 1\n    x = 1__0\n         ^\nSyntaxError: invalid decimal "
     "literal\n"},
    {"euro", std::string("x = 1 \342\202\254 2\012", 12),
     "  File \"/tmp/t.py\", line 1\n    x = 1 \342\202\254 2\n          ^\nSyntaxError: invalid "
     "character '\342\202\254' (U+20AC)\n"},
    {"nbsp", std::string("x = 1\302\240+ 2\012", 11),
     "  File \"/tmp/t.py\", line 1\n    x = 1\302\240+ 2\n        ^\nSyntaxError: invalid "
     "decimal literal\n"},
    {"return_outside", std::string("return 1\012", 9),
     "  File \"/tmp/t.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside "
     "function\n"},
    {"break_outside", std::string("break\012", 6),
     "  File \"/tmp/t.py\", line 1\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"},
    {"continue_outside", std::string("continue\012", 9),
     "  File \"/tmp/t.py\", line 1\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not "
     "properly in loop\n"},
    {"yield_outside", std::string("yield 1\012", 8),
     "  File \"/tmp/t.py\", line 1\n    yield 1\n    ^^^^^^^\nSyntaxError: 'yield' outside "
     "function\n"},
    {"await_outside", std::string("await x\012", 8),
     "  File \"/tmp/t.py\", line 1\n    await x\n    ^^^^^^^\nSyntaxError: 'await' outside "
     "function\n"},
    {"await_in_def", std::string("def f():\012    await x\012", 21),
     "  File \"/tmp/t.py\", line 2\n    await x\n    ^^^^^^^\nSyntaxError: 'await' outside async "
     "function\n"},
    {"pos_after_kw", std::string("f(a=1, b)\012", 10),
     "  File \"/tmp/t.py\", line 1\n    f(a=1, b)\n            ^\nSyntaxError: positional argument "
     "follows keyword argument\n"},
    {"nondefault", std::string("def f(a=1, b): pass\012", 20),
     "  File \"/tmp/t.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: "
     "non-default argument follows default argument\n"},
    {"dup_arg", std::string("def f(x, x): pass\012", 18),
     "  File \"/tmp/t.py\", line 1\n    def f(x, x): pass\n             ^\nSyntaxError: duplicate "
     "argument 'x' in function definition\n"},
    {"global_prior", std::string("def f():\012    x = 1\012    global x\012", 32),
     "  File \"/tmp/t.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is assigned "
     "to before global declaration\n"},
    {"param_global", std::string("def f(x):\012    global x\012", 23),
     "  File \"/tmp/t.py\", line 2\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is parameter "
     "and global\n"},
    {"nonlocal_nobind", std::string("def f():\012    nonlocal x\012", 24),
     "  File \"/tmp/t.py\", line 2\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: no binding for "
     "nonlocal 'x' found\n"},
    {"nonlocal_module", std::string("nonlocal x\012", 11),
     "  File \"/tmp/t.py\", line 1\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: nonlocal "
     "declaration not allowed at module level\n"},
    {"fstr_empty", std::string("x = f\042{}\042\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = f\"{}\"\n             ^\nSyntaxError: f-string: empty "
     "expression not allowed\n"},
    {"fstr_brace", std::string("x = f\042}\042\012", 9),
     "  File \"/tmp/t.py\", line 1\n    x = f\"}\"\n            ^\nSyntaxError: f-string: single "
     "'}' is not allowed\n"},
    {"fstr_expect", std::string("x = f\042{a\042\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = f\"{a\"\n             ^\nSyntaxError: f-string: "
     "expecting '}'\n"},
    {"fstr_conv", std::string("x = f\042{a!x}\042\012", 13),
     "  File \"/tmp/t.py\", line 1\n    x = f\"{a!x}\"\n                ^\nSyntaxError: f-string: "
     "invalid conversion character: expected 's', 'r', or 'a'\n"},
    {"fstr_backslash", std::string("x = f\042{a\134n}\042\012", 13),
     "  File \"/tmp/t.py\", line 1\n    x = f\"{a\\n}\"\n                ^\nSyntaxError: f-string "
     "expression part cannot include a backslash\n"},
    {"fstr_hash", std::string("x = f\042{a#}\042\012", 12),
     "  File \"/tmp/t.py\", line 1\n    x = f\"{a#}\"\n               ^\nSyntaxError: f-string "
     "expression part cannot include '#'\n"},
    {"fstr_syntax", std::string("x = f\042{a b}\042\012", 13),
     "  File \"/tmp/t.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. "
     "Perhaps you forgot a comma?\n"},
    {"bytes_nonascii", std::string("x = b\042\303\251\042\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = b\"\303\251\"\n        ^^^^^\nSyntaxError: bytes can "
     "only contain ASCII literal characters\n"},
    {"bad_escape", std::string("x = \042\134x4\042\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = \"\\x4\"\n             ^\nSyntaxError: (unicode error) "
     "'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n"},
    {"bad_escape_u", std::string("x = \042\134u12\042\012", 11),
     "  File \"/tmp/t.py\", line 1\n    x = \"\\u12\"\n              ^\nSyntaxError: (unicode "
     "error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape\n"},
    {"bad_N", std::string("x = \042\134N{NOPE}\042\012", 15),
     "  File \"/tmp/t.py\", line 1\n    x = \"\\N{NOPE}\"\n                  ^\nSyntaxError: "
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode "
     "character name\n"},
    {"lambda_default", std::string("lambda a=1, b: 0\012", 17),
     "  File \"/tmp/t.py\", line 1\n    lambda a=1, b: 0\n                ^\nSyntaxError: "
     "non-default argument follows default argument\n"},
    {"star_alone", std::string("*a\012", 3),
     "  File \"/tmp/t.py\", line 1\n    *a\n    ^^\nSyntaxError: can't use starred expression "
     "here\n"},
    {"star_assign", std::string("*a = 1\012", 7),
     "  File \"/tmp/t.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target "
     "must be in a list or tuple\n"},
    {"gen_paren", std::string("f(x for x in y, 1)\012", 19),
     "  File \"/tmp/t.py\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\nSyntaxError: "
     "Generator expression must be parenthesized\n"},
    {"kw_repeat", std::string("f(a=1, a=2)\012", 12),
     "  File \"/tmp/t.py\", line 1\n    f(a=1, a=2)\n           ^^^\nSyntaxError: keyword argument "
     "repeated: a\n"},
    {"continuation", std::string("x = 1 \134 2\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = 1 \\ 2\n           ^\nSyntaxError: unexpected "
     "character after line continuation character\n"},
    {"eof_paren_later", std::string("x = (\012y = $\012", 12),
     "  File \"/tmp/t.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"},
    {"later_tok_err", std::string("x = = 1\012y = \042abc\012", 17),
     "  File \"/tmp/t.py\", line 2\n    y = \"abc\n        ^\nSyntaxError: unterminated string "
     "literal (detected at line 2)\n"},
    {"invalid_syntax", std::string("x = = 1\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"},
    {"keyword_assign", std::string("True = 1\012", 9),
     "  File \"/tmp/t.py\", line 1\n    True = 1\n    ^^^^\nSyntaxError: cannot assign to True\n"},
    {"def_kw", std::string("def f(*): pass\012", 15),
     "  File \"/tmp/t.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments "
     "must follow bare *\n"},
    {"dstar_after", std::string("def f(**k, a): pass\012", 20),
     "  File \"/tmp/t.py\", line 1\n    def f(**k, a): pass\n               ^\nSyntaxError: "
     "arguments cannot follow var-keyword argument\n"},
    {"import_star_func", std::string("def f():\012    from m import *\012", 29),
     "  File \"/tmp/t.py\", line 2\n    from m import *\n                  ^\nSyntaxError: import "
     "* only allowed at module level\n"},
    {"else_noif", std::string("else:\012  pass\012", 13),
     "  File \"/tmp/t.py\", line 1\n    else:\n    ^^^^\nSyntaxError: invalid syntax\n"},
    {"missing_expr", std::string("x = \012", 5),
     "  File \"/tmp/t.py\", line 1\n    x = \n        ^\nSyntaxError: invalid syntax\n"},
    {"trailing_comma_import", std::string("from m import a,\012", 17),
     "  File \"/tmp/t.py\", line 1\n    from m import a,\n                    ^\nSyntaxError: "
     "trailing comma not allowed without surrounding parentheses\n"},
    {"del_lit", std::string("del 1\012", 6),
     "  File \"/tmp/t.py\", line 1\n    del 1\n        ^\nSyntaxError: cannot delete literal\n"},
    {"double_star_dict", std::string("{**a: 1}\012", 9),
     "  File \"/tmp/t.py\", line 1\n    {**a: 1}\n        ^\nSyntaxError: invalid syntax\n"},
    {"except_group_mix",
     std::string("try:\012  pass\012except* A:\012  pass\012except B:\012  pass\012", 47),
     "  File \"/tmp/t.py\", line 5\n    except B:\n    ^^^^^^\nSyntaxError: cannot have both "
     "'except' and 'except*' on the same 'try'\n"},
    {"print_stmt", std::string("print \042x\042\012", 10),
     "  File \"/tmp/t.py\", line 1\n    print \"x\"\n    ^^^^^^^^^\nSyntaxError: Missing "
     "parentheses in call to 'print'. Did you mean print(...)?\n"},
    {"exec_cont", std::string("x = 1 +\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
    {"lambda_ann", std::string("lambda x: int: 1\012", 17),
     "  File \"/tmp/t.py\", line 1\n    lambda x: int: 1\n    ^^^^^^^^^^^^^\nSyntaxError: illegal "
     "target for annotation\n"},
    {"class_no_colon", std::string("class A\012  pass\012", 15),
     "  File \"/tmp/t.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n"},
    {"kw_as_name", std::string("x.if = 1\012", 9),
     "  File \"/tmp/t.py\", line 1\n    x.if = 1\n      ^^\nSyntaxError: invalid syntax\n"},
    {"assign_comp", std::string("[x for x in y] = 1\012", 19),
     "  File \"/tmp/t.py\", line 1\n    [x for x in y] = 1\n    ^^^^^^^^^^^^^^\nSyntaxError: "
     "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?\n"},
    {"walrus_bad", std::string("x := 1\012", 7),
     "  File \"/tmp/t.py\", line 1\n    x := 1\n      ^^\nSyntaxError: invalid syntax\n"},
    {"async_outside", std::string("async for x in y: pass\012", 23),
     "  File \"/tmp/t.py\", line 1\n    async for x in y: pass\n    "
     "^^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: 'async for' outside async function\n"},
    {"yield_class", std::string("class C:\012    yield 1\012", 21),
     "  File \"/tmp/t.py\", line 2\n    yield 1\n    ^^^^^^^\nSyntaxError: 'yield' outside "
     "function\n"},
    {"return_class", std::string("class C:\012    return 1\012", 22),
     "  File \"/tmp/t.py\", line 2\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside "
     "function\n"},
    {"nested_fstr_ok", std::string("x = f\042{'a'}\042\012", 13), ""},
    {"deep_indent", std::string(),
     "  File \"/tmp/t.py\", line 101\n    if x:\nIndentationError: too many levels of "
     "indentation\n"},
    {"null", std::string("x = 1\000\012print(x)\012", 16),
     "  File \"/tmp/t.py\", line 1\n    x = 1print(x)\n        ^\nSyntaxError: invalid decimal "
     "literal\n"},
    {"nl_in_call", std::string("f(a,\012  b c)\012", 12),
     "  File \"/tmp/t.py\", line 2\n    b c)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you "
     "forgot a comma?\n"},
    {"kw_expr", std::string("f(a.b=1)\012", 9),
     "  File \"/tmp/t.py\", line 1\n    f(a.b=1)\n      ^^^^\nSyntaxError: expression cannot "
     "contain assignment, perhaps you meant \"==\"?\n"},
    {"unclosed_brace", std::string("d = {1: 2,\012", 11),
     "  File \"/tmp/t.py\", line 1\n    d = {1: 2,\n        ^\nSyntaxError: '{' was never "
     "closed\n"},
    {"indent_eof2", std::string("def f():\012", 9),
     "  File \"/tmp/t.py\", line 1\n    def f():\nIndentationError: expected an indented block "
     "after function definition on line 1\n"},
    {"match_ok", std::string("match x:\012    case 1: pass\012", 26), ""},
    {"except_star_empty", std::string("try:\012  pass\012except*:\012  pass\012", 28),
     "  File \"/tmp/t.py\", line 3\n    except*:\n           ^\nSyntaxError: expected one or more "
     "exception types\n"},
    {"default_except",
     std::string("try:\012  pass\012except:\012  pass\012except E:\012  pass\012", 44),
     "  File \"/tmp/t.py\", line 3\n    except:\n    ^^^^^^^\nSyntaxError: default 'except:' must "
     "be last\n"},
    {"star_multi", std::string("a, *b, *c = x\012", 14),
     "  File \"/tmp/t.py\", line 1\n    a, *b, *c = x\n    ^^^^^^^^^\nSyntaxError: multiple "
     "starred expressions in assignment\n"},
    {"yield_comp", std::string("def f():\012    [(yield x) for x in y]\012", 36),
     "  File \"/tmp/t.py\", line 2\n    [(yield x) for x in y]\n      ^^^^^^^\nSyntaxError: "
     "'yield' inside list comprehension\n"},
    {"walrus_comp", std::string("[i := 0 for i in x]\012", 20),
     "  File \"/tmp/t.py\", line 1\n    [i := 0 for i in x]\n     ^\nSyntaxError: assignment "
     "expression cannot rebind comprehension iteration variable 'i'\n"},
    {"walrus_class", std::string("class C:\012    [y := 0 for i in x]\012", 33),
     "  File \"/tmp/t.py\", line 2\n    [y := 0 for i in x]\n     ^\nSyntaxError: assignment "
     "expression within a comprehension cannot be used in a class body\n"},
    {"nonlocal_global",
     std::string(
         "def f():\012    x = 1\012    def g():\012        global x\012        nonlocal x\012", 68),
     "  File \"/tmp/t.py\", line 4\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is nonlocal "
     "and global\n"},
    {"ann_global", std::string("def f():\012    global x\012    x: int = 1\012", 37),
     "  File \"/tmp/t.py\", line 3\n    x: int = 1\n    ^^^^^^^^^^\nSyntaxError: annotated name "
     "'x' can't be global\n"},
    {"dup_kwonly", std::string("def f(a, *, a): pass\012", 21),
     "  File \"/tmp/t.py\", line 1\n    def f(a, *, a): pass\n                ^\nSyntaxError: "
     "duplicate argument 'a' in function definition\n"},
    {"dup_lambda", std::string("lambda a, a: 0\012", 15),
     "  File \"/tmp/t.py\", line 1\n    lambda a, a: 0\n              ^\nSyntaxError: duplicate "
     "argument 'a' in function definition\n"},
    {"async_with_out", std::string("def f():\012    async with x: pass\012", 32),
     "  File \"/tmp/t.py\", line 2\n    async with x: pass\n    ^^^^^^^^^^^^^^^^^^\nSyntaxError: "
     "'async with' outside async function\n"},
    {"await_lambda", std::string("async def f():\012    lambda: await x\012", 35),
     "  File \"/tmp/t.py\", line 2\n    lambda: await x\n            ^^^^^^^\nSyntaxError: 'await' "
     "outside async function\n"},
    {"cont_in_func_loop", std::string("for x in y:\012    def f():\012        continue\012", 42),
     "  File \"/tmp/t.py\", line 3\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not "
     "properly in loop\n"},
    {"eof_bs", std::string("x = 1 + \134\012", 10),
     "  File \"/tmp/t.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF "
     "while parsing\n"},
    {"str_eof_tri", std::string("s = \042\042\042abc", 10),
     "  File \"/tmp/t.py\", line 1\n    s = \"\"\"abc\n        ^\nSyntaxError: unterminated "
     "triple-quoted string literal (detected at line 1)\n"},
    {"bad_dedent_eof", std::string("if x:\012    pass\012  \012", 18), ""},
    {"two_errors", std::string("x = (\012y = \042abc\012", 15),
     "  File \"/tmp/t.py\", line 2\n    y = \"abc\n        ^\nSyntaxError: unterminated string "
     "literal (detected at line 2)\n"},
    {"fstring_nested_err", std::string("f\042{a!r:{b!x}}\042\012", 15),
     "  File \"/tmp/t.py\", line 1\n    f\"{a!r:{b!x}}\"\n                  ^\nSyntaxError: "
     "f-string: invalid conversion character: expected 's', 'r', or 'a'\n"},
    {"invalid_char_in_name", std::string("abc$ = 1\012", 9),
     "  File \"/tmp/t.py\", line 1\n    abc$ = 1\n       ^\nSyntaxError: invalid syntax\n"},
    {"tab_indent_ok", std::string("if x:\012\011pass\012", 12), ""},
    {"bytes_mix", std::string("x = b\042a\042 \042b\042\012", 13),
     "  File \"/tmp/t.py\", line 1\n    x = b\"a\" \"b\"\n                ^\nSyntaxError: cannot "
     "mix bytes and nonbytes literals\n"},
    {"return_in_class_method_ok",
     std::string("class C:\012    def f(self): return super().f()\012", 45), ""},
    {"lambda_star_noargs", std::string("lambda *: 0\012", 12),
     "  File \"/tmp/t.py\", line 1\n    lambda *: 0\n            ^\nSyntaxError: named arguments "
     "must follow bare *\n"},
    {"slash_first", std::string("def f(/, a): pass\012", 18),
     "  File \"/tmp/t.py\", line 1\n    def f(/, a): pass\n          ^\nSyntaxError: at least one "
     "argument must precede /\n"},
    {"slash_twice", std::string("def f(a, /, b, /): pass\012", 24),
     "  File \"/tmp/t.py\", line 1\n    def f(a, /, b, /): pass\n                   "
     "^\nSyntaxError: / may appear only once\n"},
    {"star_twice", std::string("def f(*a, *b): pass\012", 20),
     "  File \"/tmp/t.py\", line 1\n    def f(*a, *b): pass\n              ^\nSyntaxError: * "
     "argument may appear only once\n"},
    {"paren_params", std::string("def f((a, b)): pass\012", 20),
     "  File \"/tmp/t.py\", line 1\n    def f((a, b)): pass\n          ^^^^^^\nSyntaxError: "
     "Function parameters cannot be parenthesized\n"},
    {"deep_minus", std::string(), "MemoryError\n"},
    {"deep_not", std::string(), "MemoryError\n"},
    {"deep_paren", std::string(),
     "  File \"/tmp/t.py\", line 1\n    "
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n                     "
     "                                                                                             "
     "                                                                                          "
     "^\nSyntaxError: too many nested parentheses\n"},
    {"deep_ifexp", std::string(), "MemoryError\n"},
    {"deep_power", std::string(), "MemoryError\n"},
    {"deep_fstring", std::string("x = f\042{f'{f'{f'{1}'}'}'}\042\012", 26),
     "  File \"/tmp/t.py\", line 1\n    (f'{f'{f'{1}'}'}')\n          ^\nSyntaxError: f-string: "
     "f-string: expecting '}'\n"},
    {"deep_lambda", std::string(), "MemoryError\n"},
    {"deep_brackets_ok_201",
     std::string(
         "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
         "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
         "[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
         "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
         "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\012",
         403),
     "  File \"/tmp/t.py\", line 1\n    "
     "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
     "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
     "[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
     "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
     "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n                                                             "
     "                                                                                             "
     "                                                  ^\nSyntaxError: too many nested "
     "parentheses\n"},
    {"deep_call",
     std::string(
         "x = "
         "f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f("
         "f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f("
         "f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f("
         "f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f("
         "f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f()))))))))))))))))))))))))))))))))))))))))))"
         ")))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))"
         ")))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\012",
         602),
     ""},
    {"deep_subscript_chain", std::string(),
     "RecursionError: maximum recursion depth exceeded during compilation\n"},
    {"invalid_utf8", std::string("\377 = 1\012", 6),
     "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /tmp/t.py on line 1, but no "
     "encoding declared; see https://peps.python.org/pep-0263/ for details\n"},
    {"dict_key_colon_missing", std::string("d = {1: 2, 3}\012", 14),
     "  File \"/tmp/t.py\", line 1\n    d = {1: 2, 3}\n               ^\nSyntaxError: ':' expected "
     "after dictionary key\n"},
    {"dict_key_colon_missing_multiline", std::string("d = {1: 2, (a,\012b)}\012", 19),
     "  File \"/tmp/t.py\", line 1\n    d = {1: 2, (a,\n     ^^^^^^^^^^^^^\nSyntaxError: ':' "
     "expected after dictionary key\n"},
    {"dict_key_if_no_else", std::string("d = {1: 2, 3 if x}\012", 19),
     "  File \"/tmp/t.py\", line 1\n    d = {1: 2, 3 if x}\n               ^\nSyntaxError: ':' "
     "expected after dictionary key\n"},
    {"dict_value_missing", std::string("d = {1:}\012", 9),
     "  File \"/tmp/t.py\", line 1\n    d = {1:}\n          ^\nSyntaxError: expression expected "
     "after dictionary key and ':'\n"},
    {"dict_value_missing_later", std::string("d = {1: 2, 3:, 4: 5}\012", 21),
     "  File \"/tmp/t.py\", line 1\n    d = {1: 2, 3:, 4: 5}\n                ^\nSyntaxError: "
     "expression expected after dictionary key and ':'\n"},
    {"dict_value_starred", std::string("d = {1: 2, 3: *a}\012", 18),
     "  File \"/tmp/t.py\", line 1\n    d = {1: 2, 3: *a}\n                  ^^\nSyntaxError: "
     "cannot use a starred expression in a dictionary value\n"},
    {"assign_comparison", std::string("a < b = 2\012", 10),
     "  File \"/tmp/t.py\", line 1\n    a < b = 2\n    ^^^^^\nSyntaxError: cannot assign to "
     "comparison\n"},
    {"assign_name_hint", std::string("x = a < b = 2\012", 14),
     "  File \"/tmp/t.py\", line 1\n    x = a < b = 2\n    ^^^^^\nSyntaxError: invalid syntax. "
     "Maybe you meant '==' or ':=' instead of '='?\n"},
    {"assign_attribute_hint", std::string("x.y = a < b = 2\012", 16),
     "  File \"/tmp/t.py\", line 1\n    x.y = a < b = 2\n    ^^^\nSyntaxError: cannot assign to "
     "attribute here. Maybe you meant '==' instead of '='?\n"},
    {"assign_tuple_last_name", std::string("x, a + b, c = 2\012", 16),
     "  File \"/tmp/t.py\", line 1\n    x, a + b, c = 2\n              ^^^^^\nSyntaxError: invalid "
     "syntax. Maybe you meant '==' or ':=' instead of '='?\n"},
    {"assign_tuple_last_hint", std::string("x, a + b = 2\012", 13),
     "  File \"/tmp/t.py\", line 1\n    x, a + b = 2\n       ^^^^^\nSyntaxError: cannot assign to "
     "expression here. Maybe you meant '==' instead of '='?\n"},
    {"assign_excluded_list", std::string("[a][0] = b < c = 2\012", 19),
     "  File \"/tmp/t.py\", line 1\n    [a][0] = b < c = 2\n             ^^^^^\nSyntaxError: "
     "cannot assign to comparison\n"},
    {"assign_paren_yield", std::string("x = (yield) = 1\012", 16),
     "  File \"/tmp/t.py\", line 1\n    x = (yield) = 1\n         ^^^^^\nSyntaxError: cannot "
     "assign to yield expression\n"},
    {"assign_bare_yield", std::string("x = yield = 1\012", 14),
     "  File \"/tmp/t.py\", line 1\n    x = yield = 1\n        ^^^^^\nSyntaxError: assignment to "
     "yield expression not possible\n"},
    {"if_comparison_equal", std::string("if a < b = 2: pass\012", 19),
     "  File \"/tmp/t.py\", line 1\n    if a < b = 2: pass\n             ^\nSyntaxError: invalid "
     "syntax\n"},
    {"if_paren_name_equal", std::string("if (x) = 1: pass\012", 17),
     "  File \"/tmp/t.py\", line 1\n    if (x) = 1: pass\n        ^\nSyntaxError: cannot assign to "
     "name here. Maybe you meant '==' instead of '='?\n"},
    {"with_as_no_colon", std::string("with open(\"f\") as f\012    pass\012", 29),
     "  File \"/tmp/t.py\", line 1\n    with open(\"f\") as f\n                       "
     "^\nSyntaxError: expected ':'\n"},
    {"with_parens_no_colon", std::string("with (open(\"f\") as f)\012    pass\012", 31),
     "  File \"/tmp/t.py\", line 1\n    with (open(\"f\") as f)\n                         "
     "^\nSyntaxError: expected ':'\n"},
    {"unclosed_after_comma_error", std::string("print((1, 2)\012x = 3\012", 19),
     "  File \"/tmp/t.py\", line 1\n    print((1, 2)\n         ^\nSyntaxError: '(' was never "
     "closed\n"},
    {"unclosed_after_two_names", std::string("x y (\012\012", 7),
     "  File \"/tmp/t.py\", line 1\n    x y (\n        ^\nSyntaxError: '(' was never closed\n"},
    {"unclosed_same_line_error", std::string("if x y:\012  (\012\012", 13),
     "  File \"/tmp/t.py\", line 1\n    if x y:\n         ^\nSyntaxError: invalid syntax\n"},
    {"indent_then_bad_string", std::string("  \"ab\012", 6),
     "  File \"/tmp/t.py\", line 1\n    \"ab\nIndentationError: unexpected indent\n"},
    {"number_nbsp", std::string("x = 1\302\240\012", 8),
     "  File \"/tmp/t.py\", line 1\n    x = 1\302\240\n        ^\nSyntaxError: invalid decimal "
     "literal\n"},
    {"nul_joins_lines", std::string("s = \"a\000b\"\012print(s)\012", 19),
     "  File \"/tmp/t.py\", line 1\n    s = \"aprint(s)\n        ^\nSyntaxError: unterminated "
     "string literal (detected at line 1)\n"},
    {"bom_latin1_cookie", std::string("\357\273\277# coding: latin-1\012print(1)\012", 30),
     "SyntaxError: encoding problem: iso-8859-1 with BOM\n"},
    {"cookie_ascii_non_ascii", std::string("# coding: ascii\012print('\351')\012", 27),
     "SyntaxError: encoding problem: ascii\n"},
    {"utf8_after_unmatched", std::string("x = 1)\012print('\377')\012", 18),
     "  File \"/tmp/t.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n"},
    {"utf8_line_after_nul", std::string("x = 1\000\377\012print(x)\012", 17),
     "  File \"/tmp/t.py\", line 1\n    x = 1print(x)\n        ^\nSyntaxError: invalid decimal "
     "literal\n"},
};

std::string deep_source(const std::string& name) {
  auto rep = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  if (name == "deep_indent") {
    std::string out;
    for (int i = 0; i < 101; ++i) out += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
    return out + std::string(101, ' ') + "pass\n";
  }
  if (name == "deep_minus") return rep("-", 100000) + "1\n";
  if (name == "deep_not") return rep("not ", 100000) + "1\n";
  if (name == "deep_paren") return rep("(", 1000) + "\n";
  if (name == "deep_ifexp") return "x = " + rep("a if b else ", 100000) + "1\n";
  if (name == "deep_power") return "x = " + rep("2**", 100000) + "1\n";
  if (name == "deep_lambda") return "x = " + rep("lambda: ", 100000) + "1\n";
  if (name == "deep_subscript_chain") return "x = a" + rep("[0]", 10000) + "\n";
  return "";
}

// What `/usr/bin/python3.11 /tmp/t.py` (3.11.2, the reference) prints for a source that fails
// to compile.
std::string compile_errors(const std::string& source) {
  ParseResult r = parse_module(source, "/tmp/t.py");
  if (!r.ok()) return format_syntax_error(r.error(), "/tmp/t.py");
  ScopeResult s = analyze_scopes(r);
  if (!s.ok()) return format_syntax_error(s.error, "/tmp/t.py");
  return "";
}

const ast::Expr* first_expr(const ParseResult& r) {
  return ast::cast<ast::ExprStmt>(r.module()->body[0])->value;
}

}  // namespace

TEST(Parser, AstMatchesCPython) {
  for (const AstCase& c : kAstCases) {
    ParseResult r = parse_module(c.source, "<test>");
    ASSERT_TRUE(r.ok()) << c.source << "\n" << r.formatted_error();
    EXPECT_EQ(dump_ast(r.module(), true), c.expected) << "source: " << c.source;
  }
}

TEST(Parser, ErrorsMatchCPython) {
  for (const ErrorCase& c : kErrorCases) {
    std::string source = c.source.empty() ? deep_source(c.name) : c.source;
    EXPECT_EQ(compile_errors(source), c.expected) << "case " << c.name;
  }
}

TEST(Parser, DumpWithoutAttributes) {
  ParseResult r = parse_module("x = f(1)\n", "<test>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(dump_ast(r.module()),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', "
            "ctx=Load()), "
            "args=[Constant(value=1)], keywords=[]))], type_ignores=[])");
}

TEST(Parser, ConstantStorage) {
  ParseResult r = parse_module(
      "0x_Ff\n1_000\n1.5e3\n2j\nb'\\xff\\x00'\n'\\ud800'\n'\\N{EURO SIGN}'\n", "<test>");
  ASSERT_TRUE(r.ok()) << r.formatted_error();
  auto constant = [&](int i) {
    return ast::cast<ast::Constant>(ast::cast<ast::ExprStmt>(r.module()->body[i])->value);
  };
  EXPECT_EQ(constant(0)->value_kind, ast::ConstantKind::Int);
  EXPECT_EQ(constant(0)->value, "0xFf");
  EXPECT_EQ(int_literal_to_decimal(constant(0)->value), "255");
  EXPECT_EQ(constant(1)->value, "1000");
  EXPECT_EQ(constant(2)->value_kind, ast::ConstantKind::Float);
  EXPECT_EQ(constant(2)->number, 1500.0);
  EXPECT_EQ(constant(3)->value_kind, ast::ConstantKind::Complex);
  EXPECT_EQ(constant(3)->number, 2.0);
  EXPECT_EQ(constant(4)->value_kind, ast::ConstantKind::Bytes);
  EXPECT_EQ(constant(4)->value, std::string_view("\xff\x00", 2));
  EXPECT_EQ(constant(5)->value, "\xed\xa0\x80");  // generalized UTF-8
  EXPECT_EQ(constant(6)->value, "\xe2\x82\xac");
}

TEST(Parser, ExpressionMode) {
  ParseResult r = parse_expression("a + b * 2", "<string>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(dump_ast(r.expression()),
            "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), "
            "right=BinOp(left=Name(id='b', "
            "ctx=Load()), op=Mult(), right=Constant(value=2))))");
  ParseResult bad = parse_expression("x = 1", "<string>");
  EXPECT_FALSE(bad.ok());
}

TEST(Parser, CastsAndKinds) {
  ParseResult r = parse_module("async def f(): pass\nx.y\n", "<test>");
  ASSERT_TRUE(r.ok());
  auto* f = ast::cast<ast::FunctionDef>(r.module()->body[0]);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, ast::NodeKind::AsyncFunctionDef);
  EXPECT_STREQ(ast::node_kind_name(f->kind), "AsyncFunctionDef");
  auto* attr = ast::cast<ast::Attribute>(ast::cast<ast::ExprStmt>(r.module()->body[1])->value);
  ASSERT_NE(attr, nullptr);
  EXPECT_EQ(attr->attr, "y");
  EXPECT_EQ(ast::cast<ast::Name>(attr), nullptr);
  (void)first_expr;
}

TEST(Parser, LargeFile) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "def f" + std::to_string(i) +
            "(a, b=1, *c, **d):\n    return [x * a for x in c if x] + f'{b!r}'\n";
  }
  ParseResult r = parse_module(text, "<big>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.module()->body.size(), 20000u);
  EXPECT_TRUE(analyze_scopes(r).ok());
}

TEST(Parser, FormatSyntaxError) {
  SyntaxErrorInfo e;
  e.message = "'(' was never closed";
  e.lineno = e.end_lineno = 1;
  e.offset = 5;
  e.end_offset = 6;
  e.text = "x = (1,\n";
  EXPECT_EQ(
      format_syntax_error(e, "/tmp/t.py"),
      "  File \"/tmp/t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
}

namespace {
struct ThreadArg {
  std::string source;
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  bool ok = true;
};
void* parse_on_thread(void* p) {
  auto* arg = static_cast<ThreadArg*>(p);
  ParseResult r = parse_module(arg->source, "<deep>");
  arg->ok = r.ok();
  if (!r.ok()) arg->kind = r.error().kind;
  return nullptr;
}
}  // namespace

TEST(Parser, DeepNestingOnSmallThreadStack) {
  // The stack guard reads the thread's real stack size, so a 512 KiB thread
  // gets MemoryError instead of a crash.
  ThreadArg arg;
  for (int i = 0; i < 5000; ++i) arg.source += "a if b else ";
  arg.source += "1\n";
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 512 * 1024);
  pthread_t th;
  ASSERT_EQ(pthread_create(&th, &attr, parse_on_thread, &arg), 0);
  pthread_join(th, nullptr);
  pthread_attr_destroy(&attr);
  EXPECT_FALSE(arg.ok);
  EXPECT_EQ(arg.kind, SyntaxErrorKind::MemoryError);
}

TEST(Parser, UniversalNewlines) {
  // python3.11: ast.dump(ast.parse(b'x = """a\r\nb"""\r\nif x:\r\n    y = 1\r\n'))
  ParseResult r = parse_module("x = \"\"\"a\r\nb\"\"\"\r\nif x:\r\n    y = 1\r\n", "<test>");
  ASSERT_TRUE(r.ok()) << r.formatted_error();
  EXPECT_EQ(
      dump_ast(r.module()),
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\nb')), "
      "If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], "
      "value=Constant(value=1))], orelse=[])], type_ignores=[])");
}
