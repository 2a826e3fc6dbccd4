x = 007
# error: 1:5: SyntaxError: leading zeros in decimal integer literals are not permitted
