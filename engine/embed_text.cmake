# Turns a text file into a C++ raw string literal, so the library carries it without a file at run time.
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}" "R\"trynext_embed(${content})trynext_embed\"\n")
