// The C ABI (not written yet).
