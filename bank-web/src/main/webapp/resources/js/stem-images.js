/* Inserts an image the bank has just stored into a PrimeFaces text editor (Quill): at the cursor, else at the end. */
var CertBank = window.CertBank || {};
window.CertBank = CertBank;

CertBank.insertStemImage = function (editorId, args) {
    // Simple-mode uploads hand over the XHR (with pfArgs), advanced ones the callback parameters themselves.
    var params = args && args.pfArgs ? args.pfArgs : args;
    var widget = PrimeFaces.getWidgetById(editorId);
    if (!params || !params.imageUrl || !widget || !widget.editor) {
        return;
    }
    var quill = widget.editor;
    var range = quill.getSelection();
    var index = range ? range.index : Math.max(0, quill.getLength() - 1);
    // Source 'api': the widget copies the editor's HTML into its input and fires its change behaviour (preview).
    quill.insertEmbed(index, 'image', params.imageUrl, 'api');
    if (params.imageAlt) {
        quill.formatText(index, 1, 'alt', params.imageAlt, 'api');
    }
    quill.setSelection(index + 1, 0, 'silent');
};
