# stdin: 5
# stdin: 1
# stdin: x
# stdin: 5
# stdin: 9
# stdin: 3
# stdin: 7
# stdin: 4
# stdin: 6
# stdin: 2
# stdin: 8
"""Tic-tac-toe: moves read with input() until the game ends, a minimax hint, the board printed."""

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


def minimax(board, player):
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best = None
    for i in range(9):
        if board[i] == " ":
            board[i] = player
            score, _ = minimax(board, "O" if player == "X" else "X")
            board[i] = " "
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best


board = [" "] * 9
player = "X"
while winner(board) is None:
    try:
        raw = input(f"{player} to move (1-9): ")
    except EOFError:
        print("\nno more moves")
        break
    print()
    if not raw.strip().isdigit():
        print(f"not a number: {raw!r}")
        continue
    square = int(raw) - 1
    if not 0 <= square < 9 or board[square] != " ":
        print("illegal move", square + 1)
        continue
    board[square] = player
    player = "O" if player == "X" else "X"
show(board)
result = winner(board)
print("result:", result)
score, hint = minimax(["X", "O", "X", " ", "O", " ", " ", " ", " "], "X")
print("hint for X:", hint + 1, "score", score)
# expect: X to move (1-9): 
# expect: O to move (1-9): 
# expect: X to move (1-9): 
# expect: not a number: 'x'
# expect: X to move (1-9): 
# expect: illegal move 5
# expect: X to move (1-9): 
# expect: O to move (1-9): 
# expect: X to move (1-9): 
# expect: O to move (1-9): 
# expect: X to move (1-9): 
# expect: O to move (1-9): 
# expect: O | O | O
# expect: ---------
# expect: O | X | X
# expect: ---------
# expect: X |   | X
# expect: result: O
# expect: hint for X: 8 score 0
