def add_item(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2), add_item(3, [0]))
# expect: [1] [2] [0, 3]
