-- seq forces its first argument to weak head normal form; unused arguments are never evaluated.
lazyConst :: a -> b -> a
lazyConst x _ = x

main :: IO ()
main = do
  print (lazyConst 1 (error "never evaluated"))
  print (fst (2, undefined))
  print (length [undefined, undefined, undefined])
  print (take 2 [1, 2, error "beyond the end"])
  print (seq (Just undefined) "Just is already a value")
  print ((\x -> 5) (1 `div` 0))
  let y = 3 + 4 :: Int
  print (y `seq` y * 2)
-- expect: 1
-- expect: 2
-- expect: 3
-- expect: [1,2]
-- expect: "Just is already a value"
-- expect: 5
-- expect: 14
