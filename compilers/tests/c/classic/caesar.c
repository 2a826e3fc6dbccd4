// Rosetta Code style: the Caesar cipher (rot13) with <ctype.h>, a program written as such collections write it (expected output from gcc).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define caesar(x) rot(13, x)
#define decaesar(x) rot(13, x)
#define decrypt_rot(x, y) rot((26-x), y)

void rot(int c, char *str)
{
	int l = strlen(str);
	const char*  alpha_low  = "abcdefghijklmnopqrstuvwxyz";
	const char*  alpha_high = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	char subst;
	int idx;
	int i;
	for (i = 0; i < l; i++)
	{
		if( 0 == isalpha(str[i]) )  continue;
		idx = (int) ((tolower(str[i]) - 'a') + c) % 26;
		if( isupper(str[i]) )
			subst = alpha_high[idx];
		else
			subst = alpha_low[idx];
		str[i] = subst;
	}
}

int main(int argc, char** argv)
{
	char str[] = "This is a top secret text message!";
	printf("Original: %s\n", str);
	caesar(str);
	printf("Encrypted: %s\n", str);
	decaesar(str);
	printf("Decrypted: %s\n", str);
	return 0;
}
// expect: Original: This is a top secret text message!
// expect: Encrypted: Guvf vf n gbc frperg grkg zrffntr!
// expect: Decrypted: This is a top secret text message!
