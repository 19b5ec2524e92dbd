// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SchemaCheck.h"

namespace Sprechtag {

// The schema of the program's own migrations at the current version, worked out when the program is
// built (sprechtag-schema-reference, storage/SchemaReferenceTool.cpp, applies them to an in-memory
// database as SchemaCheck::build does) and compiled into it (library sprechtag_schema_reference). A
// program passes it to SchemaCheck::seed before its first open, which then compares the file with it
// instead of applying every migration again.
SchemaReference compiledSchemaReference();

} // namespace Sprechtag
