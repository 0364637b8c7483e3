# Class definitions: no/empty/ordinary bases, keywords, metaclass, *bases and
# **kwargs, trailing comma, decorators, nested classes and methods, docstring.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
class A: pass
# CHECK: {{^}}Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])
class A(): pass
# CHECK-SAME: , ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])
class A(B): pass
# CHECK-SAME: , ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[], body=[Pass()], decorator_list=[])
class A(B,): pass
# CHECK-SAME: , ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[], body=[Pass()], decorator_list=[])
class A(B, C, metaclass=M, x=1): pass
# CHECK-SAME: , ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(arg='x', value=Constant(value=1))], body=[Pass()], decorator_list=[])
class A(metaclass=M): pass
# CHECK-SAME: , ClassDef(name='A', bases=[], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Pass()], decorator_list=[])
class A(*bases, **kw): pass
# CHECK-SAME: , ClassDef(name='A', bases=[Starred(value=Name(id='bases', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])
class A(B, *c, d=1, **e): pass
# CHECK-SAME: , ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='d', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))], body=[Pass()], decorator_list=[])
@dec
@dec2(x)
class A:
    x = 1
    def f(self): pass
    class B: pass
# CHECK-SAME: , ClassDef(name='A', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), ClassDef(name='B', bases=[], keywords=[], body=[Pass()], decorator_list=[])], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])])
class A:
    """doc"""
# CHECK-SAME: , ClassDef(name='A', bases=[], keywords=[], body=[Expr(value=Constant(value='doc'))], decorator_list=[])
class A:
    @f.setter
    def f(self, v): pass
# CHECK-SAME: , ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self'), arg(arg='v')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Attribute(value=Name(id='f', ctx=Load()), attr='setter', ctx=Load())])], decorator_list=[])
class A(Base[T], Generic[T]):
    x: int = 0
    y: "List[int]"
# CHECK-SAME: , ClassDef(name='A', bases=[Subscript(value=Name(id='Base', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()), Subscript(value=Name(id='Generic', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load())], keywords=[], body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=0), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Constant(value='List[int]'), simple=1)], decorator_list=[])
# CHECK-SAME: ], type_ignores=[]){{$}}
