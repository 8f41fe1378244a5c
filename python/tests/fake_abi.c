/* A stand-in for libtrynext with another C ABI version: test_api.py loads it through TRYNEXT_LIBRARY
 * to check that `import trynext` refuses it with a clear message. */
__attribute__((visibility("default"))) int trynext_abi_version(void) { return 999; }
