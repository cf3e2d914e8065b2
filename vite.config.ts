import { UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

const customConfig: UserConfigFn = (env) => ({
  // Here you can add custom Vite parameters
  // https://vitejs.dev/config/
  build: {
    rolldownOptions: {
      output: {
        // Fewer script files on a first visit: the many small modules that several views' chunks
        // share (mixins, controllers, styles) go into one chunk instead of dozens of 1 KB files,
        // each a round trip on a slow phone network.
        codeSplitting: {
          groups: [{ name: 'shared', minShareCount: 2 }],
        },
      },
    },
  },
});

export default overrideVaadinConfig(customConfig);
