-- A type name in a signature that is not declared.
size :: Tree -> Int
size _ = 0

main :: IO ()
main = print 0
-- error: 2:9: Not in scope: type constructor or class
