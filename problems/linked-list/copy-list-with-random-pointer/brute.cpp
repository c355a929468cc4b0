// The obvious way: a map from each original node to its copy, filled in one pass,
// then the next and random pointers set through it in a second.
class Solution {
public:
    Node* copyRandomList(Node* head) {
        unordered_map<Node*, Node*> copy_of;
        for (Node* p = head; p; p = p->next) copy_of[p] = new Node(p->val);
        for (Node* p = head; p; p = p->next) {
            copy_of[p]->next = p->next ? copy_of[p->next] : nullptr;
            copy_of[p]->random = p->random ? copy_of[p->random] : nullptr;
        }
        return head ? copy_of[head] : nullptr;
    }
};
