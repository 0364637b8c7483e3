# f-strings in the PEP 701 (Python 3.12) forms that CPython 3.11 rejects:
# the enclosing quote reused inside replacement fields and format specs,
# arbitrarily nested f-strings with the same quotes, backslashes and
# comments inside replacement fields, line continuations inside fields,
# line breaks inside the fields of single-quoted f-strings.
# CPython 3.11 cannot produce these dumps, so each statement is followed by
# an equivalent spelling that 3.11 accepts and that has the same AST (per the
# 3.12 ast docs the node shapes are unchanged); the CHECK lines hold CPython
# 3.11's ast.dump of that spelling (or of the AST built by hand after 'ast:').
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
f'{'a'}'
# same AST as: f'{"a"}'
# CHECK: {{^}}Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))
f"{"a" "b"}"
# same AST as: f"{'a' 'b'}"
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)]))
f'{x['k']}'
# same AST as: f'{x["k"]}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))
f'{x:{'>'}10}'
# same AST as: f'{x:{">"}10}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='>'), conversion=-1), Constant(value='10')]))]))
f'{'y'!s:{'z'}}'
# same AST as: f'{"y"!s:{"z"}}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='y'), conversion=115, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='z'), conversion=-1)]))]))
f'{f'{x}'}'
# same AST as: f'{f"{x}"}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))
f'{f'{f'{f'{f'{x}'}'}'}'}'
# same AST as: ast: Expr(JoinedStr([FormattedValue(JoinedStr([FormattedValue(JoinedStr([FormattedValue(JoinedStr([FormattedValue(JoinedStr([FormattedValue(Name('x', Load()), -1)]), -1)]), -1)]), -1)]), -1)]))
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]), conversion=-1)]), conversion=-1)]), conversion=-1)]))
f"{'\n'.join(x)}"
# same AST as: ast: Expr(JoinedStr([FormattedValue(Call(Attribute(Constant('\n'), 'join', Load()), [Name('x', Load())], []), -1)]))
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant(value='\n'), attr='join', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), conversion=-1)]))
f'{'\''}'
# same AST as: f'''{"'"}'''
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value="'"), conversion=-1)]))
f'''{x # a comment
}'''
# same AST as: f'''{x}'''
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))
f'''{
    x  # a comment
    + 1
}'''
# same AST as: f'''{x + 1}'''
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)), conversion=-1)]))
f'{x \
+ 1}'
# same AST as: f'{x + 1}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)), conversion=-1)]))
f'{x!r}' f'{'y'}'
# same AST as: f'{x!r}' f'{"y"}'
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), FormattedValue(value=Constant(value='y'), conversion=-1)]))
f"{
    prefix.upper()
} note_{d["k"]}"
# same AST as: f"{prefix.upper()} note_{d['k']}"
# CHECK-SAME: , Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Name(id='prefix', ctx=Load()), attr='upper', ctx=Load()), args=[], keywords=[]), conversion=-1), Constant(value=' note_'), FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))
# CHECK-SAME: ], type_ignores=[]){{$}}
