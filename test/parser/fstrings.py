# f-strings in the forms CPython 3.11 accepts: replacement fields, doubled
# braces, conversions !r !s !a, format specs with nested replacement fields,
# the '=' debug specifier (with spaces, conversions and specs), quotes of the
# other kind inside fields, nested f-strings, every prefix case, raw
# f-strings, concatenation with plain and u'' strings, multi-line fields in
# triple-quoted f-strings.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
f''
# CHECK: {{^}}Module(body=[Expr(value=JoinedStr(values=[]))
f'abc'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='abc')]))
f'{x}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))
f'a{x}b{y}c'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='c')]))
f'{1}{2}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=1), conversion=-1), FormattedValue(value=Constant(value=2), conversion=-1)]))
f'{ x }'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))
f'{x!r}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
f'{x!s:>10}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')]))]))
f'{x!a}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)]))
f'{x!r:}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[]))]))
f'{x:}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))
f'{x:>{width}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1)]))]))
f'{x:{a}.{b}f}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='f')]))]))
f'{x:{y!r}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))]))
f'{x:{y=}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))]))
f'{x:%H:%M}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%H:%M')]))]))
f'{3.14:.2f}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))
f'{0:b}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=0), conversion=-1, format_spec=JoinedStr(values=[Constant(value='b')]))]))
f'{x:a{{b}}c}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Set(elts=[Name(id='b', ctx=Load())]), conversion=-1), Constant(value='c')]))]))
f'{x=}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
f'{x = }'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
f'{ x = }'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
f'{x=!r}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
f'{x=:>10}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))
f'{x=!s:^{w}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))
f'{x = !r:^20}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^20')]))]))
f'{x + 1=}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x + 1='), FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)), conversion=114)]))
f'{a["b"]=}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='a["b"]='), FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=114)]))
f'{x=}' 'y'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='y')]))
f"{'a'}"
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))
f'{"a"}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))
f'''{"a" 'b'}'''
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)]))
f"{x['k']}"
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))
f'{"{"}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='{'), conversion=-1)]))
f'{{literal}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='{literal}')]))
f'{{{x}}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='{'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')]))
f'{x}{{'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='{')]))
f'}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='}')]))
f'{(lambda: 1)}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), conversion=-1)]))
f'{a if b else c}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())), conversion=-1)]))
f'{x,y}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))
f'{*a,}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), conversion=-1)]))
f'{yield}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))
f'{(x:=1)}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), conversion=-1)]))
f'{x:=10}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=10')]))]))
f'{f"{x}"}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))
f'''{f"{f'{x}'}"}'''
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]), conversion=-1)]))
f'a' 'b' f'{c}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))
'a' f'{b}' 'c'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))
f'{x}' f'{y}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))
f'{x:{y}}' f'{z}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]))
f'{x!r}' '' f''
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
x = 'a' 'b' f'c'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='abc')]))
x = u'a' f'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='ab', kind='u')]))
x = f'a' u'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='ab')]))
f'{x}' u'y'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='y')]))
u'y' f'{x}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='y', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))
rf'\n{x}\n'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\n')]))
fr'{x}\d'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\d')]))
F'{x}' Rf'{y}' fR'{z}' RF'{w}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))
f'\n{x}\t'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\t')]))
f'\N{EM DASH}{x}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='—'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))
f'{x:\n}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\n')]))]))
f'{x}\
y'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='y')]))
f'{x}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))
'abc'
# CHECK-SAME: , Expr(value=Constant(value='abc'))
f'''
{x}
'''
# CHECK-SAME: , Expr(value=JoinedStr(values=[Constant(value='\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\n')]))
f'''{
x
}'''
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))
# Whitespace before the '!' is fine; only after it it is not.
f'{x !r}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
# CHECK-SAME: ], type_ignores=[]){{$}}
