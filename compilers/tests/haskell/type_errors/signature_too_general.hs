-- The signature promises any type a, but the body returns an Int.
choose :: a -> a
choose _ = (0 :: Int)

main :: IO ()
main = print (choose (1 :: Int))
-- error: 3:13: Couldn't match expected type
