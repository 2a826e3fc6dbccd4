-- Equations the checker proves by computing both sides: Refl only. plus Z n = n holds by the
-- definition of plus for any n (plusReduces in docs/source/tutorial/theorems.rst).
-- expect: 4
twoPlusTwo : plus 2 2 = 4
twoPlusTwo = Refl

plusReduces : (n : Nat) -> plus Z n = n
plusReduces n = Refl

twoTimesThree : mult 2 3 = 6
twoTimesThree = Refl

main : IO ()
main = printLn (plus 2 2)
