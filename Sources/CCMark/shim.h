#ifndef REGIODASH_CCMARK_SHIM_H
#define REGIODASH_CCMARK_SHIM_H
#include <cmark.h>
#endif
