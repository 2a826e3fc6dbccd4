-- The Towers of Hanoi: the list of moves, and its length 2^n - 1.
hanoi :: Int -> String -> String -> String -> [(String, String)]
hanoi 0 _ _ _ = []
hanoi n from to via = hanoi (n - 1) from via to ++ [(from, to)] ++ hanoi (n - 1) via to from

main :: IO ()
main = do
  mapM_ (\(a, b) -> putStrLn (a ++ " -> " ++ b)) (hanoi 3 "A" "C" "B")
  print (map (\n -> length (hanoi n "a" "b" "c")) [1 .. 10])
-- expect: A -> C
-- expect: A -> B
-- expect: C -> B
-- expect: A -> C
-- expect: B -> A
-- expect: B -> C
-- expect: A -> C
-- expect: [1,3,7,15,31,63,127,255,511,1023]
