//===- Printer.h - The schema IR as text ----------------------*- C++ -*-===//
//
// A stable, MLIR-like dump: one element per line, symbols with '@',
// attributes in braces, the source location last.
//
//   table @orders {classes = ["shop.Order"]} loc("shop/order.py":17:1) {
//     column @id : Integer {primary_key, nullable = false} loc(...)
//     fk (@customer_id) -> @customers(@id) {ondelete = "CASCADE"} loc(...)
//   }
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_PRINTER_H
#define SCHEMAC_IR_PRINTER_H

#include "ir/Schema.h"

#include "llvm/Support/raw_ostream.h"

namespace schemac::ir {

void printSchema(const Schema &S, llvm::raw_ostream &OS);
/// The type as written in the models: `String(length = 320)`.
std::string typeAsWritten(const SqlType &T);

} // namespace schemac::ir

#endif
