def nothing():
    pass
def early(x):
    if x:
        return
    print("not early")
print(nothing(), early(True), early(False))
# expect: not early
# expect: None None None
