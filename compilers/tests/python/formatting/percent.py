print("%d items" % 5)
print("%s is %d years" % ("Ada", 36))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %%" % (255, 255, 8))
print("%r %s" % ("q", [1, 2]))
print("%c%c" % (72, 105))
# expect: 5 items
# expect: Ada is 36 years
# expect:    42|42   |00042
# expect: ff FF 10 %
# expect: 'q' [1, 2]
# expect: Hi
