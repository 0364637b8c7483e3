# Python 3.12 'type' statements (PEP 695 aliases) and type parameter lists
# on type aliases, functions, async functions and classes: plain TypeVars,
# bounds, constraint tuples, *TypeVarTuple, **ParamSpec, trailing commas.
# CPython 3.11 cannot parse these, so the expected tree is checked in the
# schemac tree format; node kinds, fields and ranges were derived by hand
# from the Python 3.12 ast documentation (TypeAlias(name, type_params,
# value), TypeVar(name, bound), TypeVarTuple(name), ParamSpec(name); a
# TypeVar's range covers its bound, a TypeVarTuple's/ParamSpec's covers the
# stars). The end of a def/class range is not checked here.
# RUN: %schemac dump-ast %s | FileCheck %s --strict-whitespace
type X = int
type L[T] = list[T]
type P[*Ts, **P] = Callable[P, tuple[*Ts]]
type B[T: int, U: (int, str)] = dict[T, U]
type X[T,] = T
def f[T, U: (int, str), *Ts, **P](x: T) -> U: pass
class C[T: Bound](Base): pass
async def g[T](): pass
@dec
class D[T]: pass
type X = lambda: 1
type = 1
type.a = type(type)
# CHECK: {{^}}Module <{{.*}}>{{$}}
# CHECK-NEXT: {{^}}  body[0]: TypeAlias <11:1-11:13>{{$}}
# CHECK-NEXT: {{^}}    name: Name id='X' ctx=Store <11:6-11:7>{{$}}
# CHECK-NEXT: {{^}}    value: Name id='int' ctx=Load <11:10-11:13>{{$}}
# CHECK-NEXT: {{^}}  body[1]: TypeAlias <12:1-12:20>{{$}}
# CHECK-NEXT: {{^}}    name: Name id='L' ctx=Store <12:6-12:7>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVar name='T' <12:8-12:9>{{$}}
# CHECK-NEXT: {{^}}    value: Subscript ctx=Load <12:13-12:20>{{$}}
# CHECK-NEXT: {{^}}      value: Name id='list' ctx=Load <12:13-12:17>{{$}}
# CHECK-NEXT: {{^}}      slice: Name id='T' ctx=Load <12:18-12:19>{{$}}
# CHECK-NEXT: {{^}}  body[2]: TypeAlias <13:1-13:43>{{$}}
# CHECK-NEXT: {{^}}    name: Name id='P' ctx=Store <13:6-13:7>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVarTuple name='Ts' <13:8-13:11>{{$}}
# CHECK-NEXT: {{^}}    type_params[1]: ParamSpec name='P' <13:13-13:16>{{$}}
# CHECK-NEXT: {{^}}    value: Subscript ctx=Load <13:20-13:43>{{$}}
# CHECK-NEXT: {{^}}      value: Name id='Callable' ctx=Load <13:20-13:28>{{$}}
# CHECK-NEXT: {{^}}      slice: Tuple ctx=Load <13:29-13:42>{{$}}
# CHECK-NEXT: {{^}}        elts[0]: Name id='P' ctx=Load <13:29-13:30>{{$}}
# CHECK-NEXT: {{^}}        elts[1]: Subscript ctx=Load <13:32-13:42>{{$}}
# CHECK-NEXT: {{^}}          value: Name id='tuple' ctx=Load <13:32-13:37>{{$}}
# CHECK-NEXT: {{^}}          slice: Tuple ctx=Load <13:38-13:41>{{$}}
# CHECK-NEXT: {{^}}            elts[0]: Starred ctx=Load <13:38-13:41>{{$}}
# CHECK-NEXT: {{^}}              value: Name id='Ts' ctx=Load <13:39-13:41>{{$}}
# CHECK-NEXT: {{^}}  body[3]: TypeAlias <14:1-14:43>{{$}}
# CHECK-NEXT: {{^}}    name: Name id='B' ctx=Store <14:6-14:7>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVar name='T' <14:8-14:14>{{$}}
# CHECK-NEXT: {{^}}      bound: Name id='int' ctx=Load <14:11-14:14>{{$}}
# CHECK-NEXT: {{^}}    type_params[1]: TypeVar name='U' <14:16-14:29>{{$}}
# CHECK-NEXT: {{^}}      bound: Tuple ctx=Load <14:19-14:29> parenthesized{{$}}
# CHECK-NEXT: {{^}}        elts[0]: Name id='int' ctx=Load <14:20-14:23>{{$}}
# CHECK-NEXT: {{^}}        elts[1]: Name id='str' ctx=Load <14:25-14:28>{{$}}
# CHECK-NEXT: {{^}}    value: Subscript ctx=Load <14:33-14:43>{{$}}
# CHECK-NEXT: {{^}}      value: Name id='dict' ctx=Load <14:33-14:37>{{$}}
# CHECK-NEXT: {{^}}      slice: Tuple ctx=Load <14:38-14:42>{{$}}
# CHECK-NEXT: {{^}}        elts[0]: Name id='T' ctx=Load <14:38-14:39>{{$}}
# CHECK-NEXT: {{^}}        elts[1]: Name id='U' ctx=Load <14:41-14:42>{{$}}
# CHECK-NEXT: {{^}}  body[4]: TypeAlias <15:1-15:15>{{$}}
# CHECK-NEXT: {{^}}    name: Name id='X' ctx=Store <15:6-15:7>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVar name='T' <15:8-15:9>{{$}}
# CHECK-NEXT: {{^}}    value: Name id='T' ctx=Load <15:14-15:15>{{$}}
# CHECK-NEXT: {{^}}  body[5]: FunctionDef name='f' <16:1-{{[0-9]+}}:{{[0-9]+}}>{{$}}
# CHECK-NEXT: {{^}}    args: arguments <{{.*}}>{{$}}
# CHECK-NEXT: {{^}}      args[0]: arg arg='x' <16:35-16:39>{{$}}
# CHECK-NEXT: {{^}}        annotation: Name id='T' ctx=Load <16:38-16:39>{{$}}
# CHECK-NEXT: {{^}}    body[0]: Pass <16:47-16:51>{{$}}
# CHECK-NEXT: {{^}}    returns: Name id='U' ctx=Load <16:44-16:45>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVar name='T' <16:7-16:8>{{$}}
# CHECK-NEXT: {{^}}    type_params[1]: TypeVar name='U' <16:10-16:23>{{$}}
# CHECK-NEXT: {{^}}      bound: Tuple ctx=Load <16:13-16:23> parenthesized{{$}}
# CHECK-NEXT: {{^}}        elts[0]: Name id='int' ctx=Load <16:14-16:17>{{$}}
# CHECK-NEXT: {{^}}        elts[1]: Name id='str' ctx=Load <16:19-16:22>{{$}}
# CHECK-NEXT: {{^}}    type_params[2]: TypeVarTuple name='Ts' <16:25-16:28>{{$}}
# CHECK-NEXT: {{^}}    type_params[3]: ParamSpec name='P' <16:30-16:33>{{$}}
# CHECK-NEXT: {{^}}  body[6]: ClassDef name='C' <17:1-{{[0-9]+}}:{{[0-9]+}}>{{$}}
# CHECK-NEXT: {{^}}    bases[0]: Name id='Base' ctx=Load <17:19-17:23>{{$}}
# CHECK-NEXT: {{^}}    body[0]: Pass <17:26-17:30>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVar name='T' <17:9-17:17>{{$}}
# CHECK-NEXT: {{^}}      bound: Name id='Bound' ctx=Load <17:12-17:17>{{$}}
# CHECK-NEXT: {{^}}  body[7]: AsyncFunctionDef name='g' <18:1-{{[0-9]+}}:{{[0-9]+}}>{{$}}
# CHECK-NEXT: {{^}}    args: arguments <{{.*}}>{{$}}
# CHECK-NEXT: {{^}}    body[0]: Pass <18:19-18:23>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVar name='T' <18:13-18:14>{{$}}
# CHECK-NEXT: {{^}}  body[8]: ClassDef name='D' <20:1-{{[0-9]+}}:{{[0-9]+}}>{{$}}
# CHECK-NEXT: {{^}}    body[0]: Pass <20:13-20:17>{{$}}
# CHECK-NEXT: {{^}}    decorator_list[0]: Name id='dec' ctx=Load <19:2-19:5>{{$}}
# CHECK-NEXT: {{^}}    type_params[0]: TypeVar name='T' <20:9-20:10>{{$}}
# CHECK-NEXT: {{^}}  body[9]: TypeAlias <21:1-21:19>{{$}}
# CHECK-NEXT: {{^}}    name: Name id='X' ctx=Store <21:6-21:7>{{$}}
# CHECK-NEXT: {{^}}    value: Lambda <21:10-21:19>{{$}}
# CHECK-NEXT: {{^}}      args: arguments <{{.*}}>{{$}}
# CHECK-NEXT: {{^}}      body: Constant value=1 <21:18-21:19>{{$}}
# CHECK-NEXT: {{^}}  body[10]: Assign <22:1-22:9>{{$}}
# CHECK-NEXT: {{^}}    targets[0]: Name id='type' ctx=Store <22:1-22:5>{{$}}
# CHECK-NEXT: {{^}}    value: Constant value=1 <22:8-22:9>{{$}}
# CHECK-NEXT: {{^}}  body[11]: Assign <23:1-23:20>{{$}}
# CHECK-NEXT: {{^}}    targets[0]: Attribute attr='a' ctx=Store <23:1-23:7>{{$}}
# CHECK-NEXT: {{^}}      value: Name id='type' ctx=Load <23:1-23:5>{{$}}
# CHECK-NEXT: {{^}}    value: Call <23:10-23:20>{{$}}
# CHECK-NEXT: {{^}}      func: Name id='type' ctx=Load <23:10-23:14>{{$}}
# CHECK-NEXT: {{^}}      args[0]: Name id='type' ctx=Load <23:15-23:19>{{$}}
# CHECK-NOT: {{.}}
