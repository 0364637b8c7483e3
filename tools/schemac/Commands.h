//===- Commands.h - The driver's subcommands ------------------*- C++ -*-===//

#ifndef SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H
#define SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H

namespace schemac {

/// `schemac diff` (DiffCommand.cpp).
bool diffCommandSelected();
int runDiffCommand();

/// `schemac lineage` (LineageCommand.cpp).
bool lineageCommandSelected();
int runLineageCommand();

} // namespace schemac

#endif
