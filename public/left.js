// The page the quick exit leaves in the app's place (src/ui/app/useHistorySync.ts): goes straight on to the everyday
// page it left for, which only the app's own script can have put in this entry's state.
(function () {
  var state = history.state;
  var to = state && state.triage === 'triage-left' && typeof state.to === 'string' ? state.to : '';
  location.replace(/^https?:\/\//.test(to) ? to : 'about:blank');
})();
