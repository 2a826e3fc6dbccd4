try:
    try:
        {}["k"]
    except IndexError:
        print("wrong handler")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer got", repr(e))
print("after")
# expect: inner finally
# expect: outer got KeyError('k')
# expect: after
