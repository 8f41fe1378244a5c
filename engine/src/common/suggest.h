// "Did you mean ...?": public (trynext/suggest.h), so that programs over the library can use it too.
#pragma once

#include "trynext/suggest.h"
