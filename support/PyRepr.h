//===- PyRepr.h - Python constants as CPython 3.11 prints them ---*- C++
//-*-===//
//
// ast.dump() shows constants through repr(), so reproducing its output means
// reproducing repr() of str, bytes, int, float and complex byte for byte. The
// functions append to their output string rather than replace it.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_PYREPR_H
#define SCHEMAC_SUPPORT_PYREPR_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace schemac {
namespace pyrepr {

/// Appends repr() of the str whose code points \p Wtf8 encodes (lone
/// surrogates as their own 3-byte sequences, see Unicode.h). A byte that is not
/// valid WTF-8, which no str can produce, is shown as a \xNN escape.
void reprStr(llvm::StringRef Wtf8, std::string &Out);

/// Appends repr() of the bytes object \p Bytes.
void reprBytes(llvm::StringRef Bytes, std::string &Out);

/// Appends repr() of the float \p V.
void reprFloat(double V, std::string &Out);

/// Appends repr(complex(0.0, Imag)), i.e. what an imaginary literal such as
/// 1.5j prints as.
void reprImaginary(double Imag, std::string &Out);

/// Appends repr() of the int that the literal \p Literal denotes, exactly as
/// written in source (0x/0o/0b prefixes in either case, '_' separators,
/// unbounded size). Returns false, appending nothing, if \p Literal is not a
/// valid Python integer literal.
///
/// CPython refuses to convert ints of more than 4300 decimal digits to str,
/// so for such values ast.dump() raises instead; this function does not
/// imitate that.
bool intLiteralToDecimal(llvm::StringRef Literal, std::string &Out);

/// The value of the float literal \p Literal, or of the digits of an
/// imaginary literal without its trailing 'j', correctly rounded; '_'
/// separators are allowed. \p Literal must be valid Python syntax.
double parseFloatLiteral(llvm::StringRef Literal);

} // namespace pyrepr
} // namespace schemac

#endif // SCHEMAC_SUPPORT_PYREPR_H
