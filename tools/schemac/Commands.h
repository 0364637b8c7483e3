//===- Commands.h - The driver's subcommands ------------------*- C++ -*-===//

#ifndef SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H
#define SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H

#include <string>

namespace schemac {

/// schemac.yaml in the current directory or above, up to the repository's
/// top; "" if there is none (DiffCommand.cpp).
std::string findConfigFile();

/// `schemac diff` (DiffCommand.cpp).
bool diffCommandSelected();
int runDiffCommand();

/// `schemac lineage` (LineageCommand.cpp).
bool lineageCommandSelected();
int runLineageCommand();

} // namespace schemac

#endif
