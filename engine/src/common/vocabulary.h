// The engine's word lists are public (trynext/vocabulary.h): the tools and the service read them too.
#pragma once

#include "trynext/vocabulary.h"
