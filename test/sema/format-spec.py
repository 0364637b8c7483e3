# Format specs in f-strings and str.format(), as CPython 3.11 formats them
# (the expected texts are what it printed): fill, alignment, sign, '#', zero
# padding, width, grouping, precision, types d b o x X e E f g % and none (a
# float's repr, or with a precision 'g' that keeps a digit after the point);
# str() of containers; %d of a float or a bool.
# A spec the analysis does not know (a float's repr with grouping) makes the
# comment unknown, which is reported, not dropped silently.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s 2> %t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    c0 = Column(String(10), comment=f"{7:03d}")
    c1 = Column(String(10), comment=f"{-42:+06}")
    c2 = Column(String(10), comment=f"{255:#x}")
    c3 = Column(String(10), comment=f"{255:08b}")
    c4 = Column(String(10), comment=f"{123456789:,}")
    c5 = Column(String(10), comment=f"{123456789:_x}")
    c6 = Column(String(10), comment=f"{3.14159:.2f}")
    c7 = Column(String(10), comment=f"{-2.5:010.3f}")
    c8 = Column(String(10), comment=f"{1234567.891:.2E}")
    c9 = Column(String(10), comment=f"{0.125:.1%}")
    c10 = Column(String(10), comment=f"{1e-05:g}")
    c11 = Column(String(10), comment=f"{'ab':*^8}")
    c12 = Column(String(10), comment=f"{'hello':.3}")
    c13 = Column(String(10), comment=f"{True:>3}")
    c14 = Column(String(10), comment=f"{5:{'0'}{3}d}")
    c15 = Column(String(10), comment="{:>6}|{:03d}|{!r:>6}|{:.1f}".format(3, 7, "q", 2.25))
    c16 = Column(String(10), comment="{a:_^9}".format(a="mid"))
    c17 = Column(String(10), comment=f"{2.5:.3}|{123.0:.3}|{12.0:.3}|{1e-05:.3}")
    c18 = Column(String(10), comment=f"{-1.5:>8}|{0.1:+}|{1e16:08}|{99.95:.3}")
    c19 = Column(String(10), comment="%d|%i|%s|%s" % (2.7, True, [1, "a"], {"k": (1,)}))
    c20 = Column(String(10), comment=f"{[1, 'a']}|{(2,)}" + "|{}".format({3}))
    unknown = Column(String(10), comment=f"{1234567.5:,}")

# CHECK: "name": "c0"
# CHECK: "comment": "007"
# CHECK: "name": "c1"
# CHECK: "comment": "-00042"
# CHECK: "name": "c2"
# CHECK: "comment": "0xff"
# CHECK: "name": "c3"
# CHECK: "comment": "11111111"
# CHECK: "name": "c4"
# CHECK: "comment": "123,456,789"
# CHECK: "name": "c5"
# CHECK: "comment": "75b_cd15"
# CHECK: "name": "c6"
# CHECK: "comment": "3.14"
# CHECK: "name": "c7"
# CHECK: "comment": "-00002.500"
# CHECK: "name": "c8"
# CHECK: "comment": "1.23E+06"
# CHECK: "name": "c9"
# CHECK: "comment": "12.5%"
# CHECK: "name": "c10"
# CHECK: "comment": "1e-05"
# CHECK: "name": "c11"
# CHECK: "comment": "***ab***"
# CHECK: "name": "c12"
# CHECK: "comment": "hel"
# CHECK: "name": "c13"
# CHECK: "comment": "  1"
# CHECK: "name": "c14"
# CHECK: "comment": "005"
# CHECK: "name": "c15"
# CHECK: "comment": "     3|007|   'q'|2.2"
# CHECK: "name": "c16"
# CHECK: "comment": "___mid___"
# CHECK: "name": "c17"
# CHECK: "comment": "2.5|1.23e+02|12.0|1e-05"
# CHECK: "name": "c18"
# CHECK: "comment": "    -1.5|+0.1|0001e+16|1e+02"
# CHECK: "name": "c19"
# CHECK: "comment": "2|1|[1, 'a']|{'k': (1,)}"
# CHECK: "name": "c20"
# CHECK: "comment": "[1, 'a']|(2,)|{3}"
# CHECK: "name": "unknown"
# CHECK: "comment": null
#
# DIAG: warning: comment of column 'unknown' cannot be evaluated (f-string field cannot be formatted with ','); it is left out
