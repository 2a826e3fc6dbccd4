-- A false equation: 2 + 2 = 5 by Refl. Both sides compute, to 4 and 5, and differ: the example and the
-- message "Mismatch between: 4 and 5" are docs/source/tutorial/theorems.rst's (twoPlusTwoBad).
-- error: 5:17: Mismatch between: 4 and 5
twoPlusTwoBad : 2 + 2 = 5
twoPlusTwoBad = Refl

main : IO ()
main = putStrLn "not reached"
