-- The monomorphism restriction: plus, a simple pattern binding without a signature, gets one type
-- for the whole module; its use with an Int fixes that type to Int, so 2^62 + 2^62 wraps.
-- add, defined with an argument, stays polymorphic and defaults to Integer.
plus = (+)

add x y = x + y

main :: IO ()
main = do
  print (plus (2 ^ 62) (2 ^ 62))
  print (length "ab" `plus` 1)
  print (add (2 ^ 62) (2 ^ 62))
  print (add (length "ab") 1)
-- expect: -9223372036854775808
-- expect: 3
-- expect: 9223372036854775808
-- expect: 3
