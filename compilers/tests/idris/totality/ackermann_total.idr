-- Ackermann's function is total: every call decreases the first argument, or keeps it and decreases
-- the second (size-change termination accepts it, though it is not primitive recursive).
-- Worked by hand: ack 2 3 = 9, ack 3 3 = 61.
-- expect: 9
-- expect: 61
%default total

ack : Nat -> Nat -> Nat
ack Z     m     = S m
ack (S k) Z     = ack k 1
ack (S k) (S j) = ack k (ack (S k) j)

main : IO ()
main = do
  printLn (ack 2 3)
  printLn (ack 3 3)
