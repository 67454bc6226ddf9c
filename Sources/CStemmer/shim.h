#ifndef REGIODASH_CSTEMMER_SHIM_H
#define REGIODASH_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
