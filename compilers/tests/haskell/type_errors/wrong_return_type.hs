-- The equation's result does not have the type the signature declares.
isSmall :: Int -> Bool
isSmall n = show n

main :: IO ()
main = print (isSmall 3)
-- error: 3:13: Couldn't match expected type
