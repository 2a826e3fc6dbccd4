// A binary search tree with malloc: insert, in-order walk, height.
#include <stdio.h>
#include <stdlib.h>

typedef struct tree {
    int key;
    struct tree *left, *right;
} Tree;

Tree *insert(Tree *t, int key) {
    if (t == NULL) {
        t = malloc(sizeof *t);
        t->key = key;
        t->left = t->right = NULL;
    } else if (key < t->key) {
        t->left = insert(t->left, key);
    } else {
        t->right = insert(t->right, key);
    }
    return t;
}

void walk(Tree *t) {
    if (!t) return;
    walk(t->left);
    printf("%d ", t->key);
    walk(t->right);
}

int height(Tree *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

int main(void) {
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
    Tree *root = NULL;
    for (int i = 0; i < 10; i++) root = insert(root, keys[i]);
    walk(root);
    printf("\nheight %d\n", height(root));
    return 0;
}
// expect: 20 30 35 40 45 50 60 65 70 80 
// expect: height 4
