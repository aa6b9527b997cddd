struct Node:
    var next: Node
