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

/*
 * PrimeFaces hides a skinned upload's file input from assistive technology (aria-hidden) although it is the element
 * that takes the keyboard focus: name it by the visible label instead, after every page load and AJAX update.
 */
CertBank.nameFileInputs = function () {
    document.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden]').forEach(function (input) {
        input.removeAttribute('aria-hidden');
        var label = document.getElementById(input.id.replace(/_input$/, '_label'));
        if (label) {
            input.setAttribute('aria-labelledby', label.id);
        }
    });
};
if (window.jQuery) {
    jQuery(CertBank.nameFileInputs);
    jQuery(document).on('pfAjaxComplete', CertBank.nameFileInputs);
}
