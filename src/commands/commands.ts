/**
 * The ribbon's function file (manifest FunctionFile). Office loads it for ribbon commands that run without the
 * task pane; "Провери" opens the pane itself, so for now it only tells Office it is ready.
 */
void Office.onReady();
