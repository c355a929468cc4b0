// Definition for a Node.
class Node {
public:
    int val;
    Node* next;
    Node* random;

    Node(int _val) {
        val = _val;
        next = NULL;
        random = NULL;
    }
};

// -- kata -- (below: kata's own, not shown in the stub)
// How kata's messages and signature checks name this type.
inline std::string kata_type_name(Node**) { return "Node*"; }
