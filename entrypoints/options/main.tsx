// Wiring only: the real message sender and the browser's language, then render. The page reads
// its settings (and the language setting) itself.
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { send } from '../../utils/ui/api';

const root = document.getElementById('app');
if (root) render(<Options browserLanguage={navigator.language} send={send} />, root);
