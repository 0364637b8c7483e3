# Every hard keyword has its own token kind; the soft keywords (match, case,
# type, _) and names that merely contain a keyword stay identifiers in
# dump-tokens (the parser's soft-keyword pass decides later).
# Expected tokens follow CPython 3.11's tokenize module.
# RUN: %schemac dump-tokens %s | FileCheck %s --match-full-lines
False None True and as assert async await break class
# CHECK: [[#L:@LINE-1]]:1-[[#@LINE-1]]:6 False 'False'
# CHECK-NEXT: [[#L]]:7-[[#L]]:11 None 'None'
# CHECK-NEXT: [[#L]]:12-[[#L]]:16 True 'True'
# CHECK-NEXT: [[#L]]:17-[[#L]]:20 And 'and'
# CHECK-NEXT: [[#L]]:21-[[#L]]:23 As 'as'
# CHECK-NEXT: [[#L]]:24-[[#L]]:30 Assert 'assert'
# CHECK-NEXT: [[#L]]:31-[[#L]]:36 Async 'async'
# CHECK-NEXT: [[#L]]:37-[[#L]]:42 Await 'await'
# CHECK-NEXT: [[#L]]:43-[[#L]]:48 Break 'break'
# CHECK-NEXT: [[#L]]:49-[[#L]]:54 Class 'class'
# CHECK-NEXT: [[#L]]:54-[[#L+1]]:1 Newline
continue def del elif else except finally for from global
# CHECK: [[#L:@LINE-1]]:1-[[#@LINE-1]]:9 Continue 'continue'
# CHECK-NEXT: [[#L]]:10-[[#L]]:13 Def 'def'
# CHECK-NEXT: [[#L]]:14-[[#L]]:17 Del 'del'
# CHECK-NEXT: [[#L]]:18-[[#L]]:22 Elif 'elif'
# CHECK-NEXT: [[#L]]:23-[[#L]]:27 Else 'else'
# CHECK-NEXT: [[#L]]:28-[[#L]]:34 Except 'except'
# CHECK-NEXT: [[#L]]:35-[[#L]]:42 Finally 'finally'
# CHECK-NEXT: [[#L]]:43-[[#L]]:46 For 'for'
# CHECK-NEXT: [[#L]]:47-[[#L]]:51 From 'from'
# CHECK-NEXT: [[#L]]:52-[[#L]]:58 Global 'global'
# CHECK-NEXT: [[#L]]:58-[[#L+1]]:1 Newline
if import in is lambda nonlocal not or pass raise
# CHECK: [[#L:@LINE-1]]:1-[[#@LINE-1]]:3 If 'if'
# CHECK-NEXT: [[#L]]:4-[[#L]]:10 Import 'import'
# CHECK-NEXT: [[#L]]:11-[[#L]]:13 In 'in'
# CHECK-NEXT: [[#L]]:14-[[#L]]:16 Is 'is'
# CHECK-NEXT: [[#L]]:17-[[#L]]:23 Lambda 'lambda'
# CHECK-NEXT: [[#L]]:24-[[#L]]:32 Nonlocal 'nonlocal'
# CHECK-NEXT: [[#L]]:33-[[#L]]:36 Not 'not'
# CHECK-NEXT: [[#L]]:37-[[#L]]:39 Or 'or'
# CHECK-NEXT: [[#L]]:40-[[#L]]:44 Pass 'pass'
# CHECK-NEXT: [[#L]]:45-[[#L]]:50 Raise 'raise'
# CHECK-NEXT: [[#L]]:50-[[#L+1]]:1 Newline
return try while with yield
# CHECK: [[#L:@LINE-1]]:1-[[#@LINE-1]]:7 Return 'return'
# CHECK-NEXT: [[#L]]:8-[[#L]]:11 Try 'try'
# CHECK-NEXT: [[#L]]:12-[[#L]]:17 While 'while'
# CHECK-NEXT: [[#L]]:18-[[#L]]:22 With 'with'
# CHECK-NEXT: [[#L]]:23-[[#L]]:28 Yield 'yield'
# CHECK-NEXT: [[#L]]:28-[[#L+1]]:1 Newline
# Soft keywords are identifiers.
match case type _
# CHECK: [[#L:@LINE-1]]:1-[[#@LINE-1]]:6 Identifier 'match'
# CHECK-NEXT: [[#L]]:7-[[#L]]:11 Identifier 'case'
# CHECK-NEXT: [[#L]]:12-[[#L]]:16 Identifier 'type'
# CHECK-NEXT: [[#L]]:17-[[#L]]:18 Identifier '_'
# CHECK-NEXT: [[#L]]:18-[[#L+1]]:1 Newline
match x:
    case _:
        pass
type = 1
# CHECK: [[#L:@LINE-4]]:1-[[#@LINE-4]]:6 Identifier 'match'
# CHECK-NEXT: [[#L]]:7-[[#L]]:8 Identifier 'x'
# CHECK-NEXT: [[#L]]:8-[[#L]]:9 Colon ':'
# CHECK-NEXT: [[#L]]:9-[[#L+1]]:1 Newline
# CHECK-NEXT: [[#L+1]]:1-[[#L+1]]:5 Indent
# CHECK-NEXT: [[#L+1]]:5-[[#L+1]]:9 Identifier 'case'
# CHECK-NEXT: [[#L+1]]:10-[[#L+1]]:11 Identifier '_'
# CHECK-NEXT: [[#L+1]]:11-[[#L+1]]:12 Colon ':'
# CHECK-NEXT: [[#L+1]]:12-[[#L+2]]:1 Newline
# CHECK-NEXT: [[#L+2]]:1-[[#L+2]]:9 Indent
# CHECK-NEXT: [[#L+2]]:9-[[#L+2]]:13 Pass 'pass'
# CHECK-NEXT: [[#L+2]]:13-[[#L+3]]:1 Newline
# CHECK-NEXT: [[#L+3]]:1-[[#L+3]]:1 Dedent
# CHECK-NEXT: [[#L+3]]:1-[[#L+3]]:1 Dedent
# CHECK-NEXT: [[#L+3]]:1-[[#L+3]]:5 Identifier 'type'
# CHECK-NEXT: [[#L+3]]:6-[[#L+3]]:7 Equal '='
# CHECK-NEXT: [[#L+3]]:8-[[#L+3]]:9 Number '1'
# CHECK-NEXT: [[#L+3]]:9-[[#L+4]]:1 Newline
# Keywords are case-sensitive; prefixes and suffixes make identifiers.
false NONE true_ _if iff classy def_ __init__ async_ Await print
# CHECK: [[#L:@LINE-1]]:1-[[#@LINE-1]]:6 Identifier 'false'
# CHECK-NEXT: [[#L]]:7-[[#L]]:11 Identifier 'NONE'
# CHECK-NEXT: [[#L]]:12-[[#L]]:17 Identifier 'true_'
# CHECK-NEXT: [[#L]]:18-[[#L]]:21 Identifier '_if'
# CHECK-NEXT: [[#L]]:22-[[#L]]:25 Identifier 'iff'
# CHECK-NEXT: [[#L]]:26-[[#L]]:32 Identifier 'classy'
# CHECK-NEXT: [[#L]]:33-[[#L]]:37 Identifier 'def_'
# CHECK-NEXT: [[#L]]:38-[[#L]]:46 Identifier '__init__'
# CHECK-NEXT: [[#L]]:47-[[#L]]:53 Identifier 'async_'
# CHECK-NEXT: [[#L]]:54-[[#L]]:59 Identifier 'Await'
# CHECK-NEXT: [[#L]]:60-[[#L]]:65 Identifier 'print'
# CHECK-NEXT: [[#L]]:65-[[#L+1]]:1 Newline
x1 _1 a_b_c ABC __ ___x
# CHECK: [[#L:@LINE-1]]:1-[[#@LINE-1]]:3 Identifier 'x1'
# CHECK-NEXT: [[#L]]:4-[[#L]]:6 Identifier '_1'
# CHECK-NEXT: [[#L]]:7-[[#L]]:12 Identifier 'a_b_c'
# CHECK-NEXT: [[#L]]:13-[[#L]]:16 Identifier 'ABC'
# CHECK-NEXT: [[#L]]:17-[[#L]]:19 Identifier '__'
# CHECK-NEXT: [[#L]]:20-[[#L]]:24 Identifier '___x'
# CHECK-NEXT: [[#L]]:24-[[#L+1]]:1 Newline
