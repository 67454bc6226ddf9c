/* usage: cstem ALGORITHM < words > stems  (one UTF-8 word per line) */
#include <stdio.h>
#include <string.h>
#include <libstemmer.h>
int main(int argc, char **argv) {
    struct sb_stemmer *s = sb_stemmer_new(argv[1], "UTF_8");
    if (!s) { fprintf(stderr, "no stemmer %s\n", argv[1]); return 1; }
    static char line[65536];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        if (n && line[n-1] == '\n') line[--n] = 0;
        const sb_symbol *r = sb_stemmer_stem(s, (const sb_symbol *)line, (int)n);
        if (!r) return 2;
        fwrite(r, 1, sb_stemmer_length(s), stdout); putchar('\n');
    }
    sb_stemmer_delete(s);
    return 0;
}
