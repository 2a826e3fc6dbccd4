-- Show for a parameterised user type, needing Show of its parameter; nested values get parentheses
-- through showArg (libs/prelude/Prelude/Show.idr). Worked by hand.
-- expect: Pair2 1 "one"
-- expect: Just (Pair2 'a' True)
data Pair2 a b = MkPair2 a b

(Show a, Show b) => Show (Pair2 a b) where
  showPrec d (MkPair2 x y) = showCon d "Pair2" (showArg x ++ showArg y)

main : IO ()
main = do
  printLn (MkPair2 (the Integer 1) "one")
  printLn (Just (MkPair2 'a' True))
