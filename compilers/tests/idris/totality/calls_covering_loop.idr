-- A total function may call a function that is not declared total only when that function terminates
-- too: Idris 2 checks the callee's totality before accepting the caller, and reports the call
-- ("possibly not terminating due to call to", PartialReason in src/Core/TT.idr). spin is covering (the
-- file's default) but never terminates; double terminates, so the second total function is accepted.
-- error: 18:1: is not total, possibly not terminating due to call to Main.spin
spin : Nat -> Nat
spin n = spin (S n)

double : Nat -> Nat
double Z = Z
double (S k) = S (S (double k))

total
useDouble : Nat -> Nat
useDouble n = double n

total
useSpin : Nat -> Nat
useSpin n = spin n

main : IO ()
main = printLn (useDouble 4)
