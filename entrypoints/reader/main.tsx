import { render } from 'preact';
render(<p>Kiosque</p>, document.getElementById('app')!);
