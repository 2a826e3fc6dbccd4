data = b"abc"
# error: 1:8: bytes literals are not supported
