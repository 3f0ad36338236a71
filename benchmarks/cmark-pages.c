/* cmark alone, the floor sitegen's render path is compared with (cmark-ratio.sh): every
 * Markdown file named on the command line (or, with one folder argument, every *.md in it) is
 * read, its front matter skipped, parsed and rendered to HTML with the options sitegen uses
 * (source positions, smart punctuation, UTF-8 validation), and the HTML written to stdout, in
 * one process so that process start-up does not dominate. Built at run time by cmark-ratio.sh:
 *   cc -O2 cmark-pages.c $(pkg-config --cflags --libs libcmark) -o cmark-pages */
#include <cmark.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int render(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc(size + 1);
    if (!text || fread(text, 1, size, file) != (size_t)size) { perror(path); return 1; }
    fclose(file);
    text[size] = 0;
    /* sitegen hands cmark the body after the front matter: so does this. */
    const char *body = text;
    if (strncmp(text, "---\n", 4) == 0) {
        const char *end = strstr(text + 4, "\n---\n");
        if (end) body = end + 5;
    }
    int options = CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;
    cmark_node *root = cmark_parse_document(body, strlen(body), options);
    char *html = cmark_render_html(root, CMARK_OPT_DEFAULT);
    fputs(html, stdout);
    free(html);
    cmark_node_free(root);
    free(text);
    return 0;
}

static int compare(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
    int failed = 0;
    DIR *folder = argc == 2 ? opendir(argv[1]) : NULL;
    if (!folder) {
        for (int i = 1; i < argc; i++) failed |= render(argv[i]);
        return failed;
    }
    size_t count = 0, capacity = 1024;
    char **paths = malloc(capacity * sizeof *paths);
    struct dirent *entry;
    while ((entry = readdir(folder))) {
        size_t length = strlen(entry->d_name);
        if (length < 4 || strcmp(entry->d_name + length - 3, ".md") != 0) continue;
        if (count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
        paths[count] = malloc(strlen(argv[1]) + length + 2);
        sprintf(paths[count++], "%s/%s", argv[1], entry->d_name);
    }
    closedir(folder);
    qsort(paths, count, sizeof *paths, compare);
    for (size_t i = 0; i < count; i++) failed |= render(paths[i]);
    return failed;
}
